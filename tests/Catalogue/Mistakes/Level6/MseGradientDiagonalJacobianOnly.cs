// Mistake: only the diagonal sⱼ(1 − sⱼ) of the softmax Jacobian used, as if each probability depended on its own logit alone
// Replaces: Level6_Gradients/MseThroughSoftmaxWrtLogits.cs
// Exercise: Gradients.MseThroughSoftmaxWrtLogits
// Message must contain: "only the diagonal", "Jacobian"

// replace:
            var weightedMean = s.DotProduct(lossWrtProbabilities);
            gradient.SetRow(row, s.PointwiseMultiply(lossWrtProbabilities - weightedMean));
// with:
            gradient.SetRow(row, s.PointwiseMultiply(1 - s).PointwiseMultiply(lossWrtProbabilities));
