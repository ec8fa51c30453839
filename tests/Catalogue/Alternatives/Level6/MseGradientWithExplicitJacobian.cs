// Alternative: the softmax Jacobian diag(s) − s sᵀ built as a matrix and multiplied, rather than applied in O(C)
// Replaces: Level6_Gradients/MseThroughSoftmaxWrtLogits.cs
// Exercise: Gradients.MseThroughSoftmaxWrtLogits

// replace:
            var weightedMean = s.DotProduct(lossWrtProbabilities);
            gradient.SetRow(row, s.PointwiseMultiply(lossWrtProbabilities - weightedMean));
// with:
            var jacobian = Matrix<double>.Build.DenseOfDiagonalVector(s) - s.OuterProduct(s);
            gradient.SetRow(row, jacobian * lossWrtProbabilities);
