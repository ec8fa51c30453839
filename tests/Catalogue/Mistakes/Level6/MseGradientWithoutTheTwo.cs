// Mistake: the factor 2 of d(u²)/du = 2u forgotten in the MSE gradient: (s − t)/k goes into the softmax Jacobian instead of 2(s − t)/k
// Replaces: Level6_Gradients/MseThroughSoftmaxWrtLogits.cs
// Exercise: Gradients.MseThroughSoftmaxWrtLogits
// Message must contain: "factor 2"

// replace:
            lossWrtProbabilities *= 2.0 / elements;
// with:
            lossWrtProbabilities *= 1.0 / elements;
