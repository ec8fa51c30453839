// Alternative: the smoothed targets as a matrix, the weights as a diagonal, and one pointwise product
// Replaces: Level9_LossOptions/SoftTargetCrossEntropy.cs
// Exercise: Losses.SoftTargetCrossEntropy

// replace:
        var total = 0.0;
// through:
        return reduction == Reduction.Mean ? total / logits.RowCount : total;
// with:
        var smoothed = targets * (1 - labelSmoothing) + labelSmoothing / classes;
        var weighted = weight is null ? smoothed : smoothed * Matrix<double>.Build.DiagonalOfDiagonalVector(weight);
        var total = -weighted.PointwiseMultiply(logProbabilities).Enumerate().Sum();
        return reduction == Reduction.Mean ? total / logits.RowCount : total;
