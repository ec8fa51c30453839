// Mistake: the chain rule stops at the probabilities: 2(s − t)/k is the gradient with respect to softmax(z), not to z
// Replaces: Level6_Gradients/MseThroughSoftmaxWrtLogits.cs
// Exercise: Gradients.MseThroughSoftmaxWrtLogits
// Message must contain: "chain rule stops at the probabilities", "Jacobian"

// replace:
            var weightedMean = s.DotProduct(lossWrtProbabilities);
            gradient.SetRow(row, s.PointwiseMultiply(lossWrtProbabilities - weightedMean));
// with:
            gradient.SetRow(row, lossWrtProbabilities);
