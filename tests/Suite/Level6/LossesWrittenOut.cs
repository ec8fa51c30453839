namespace LossKata.Tests.Level6;

/// <summary>
/// The losses whose gradients level 6 computes, written out in the plainest stable form, for the gradient checks
/// to differentiate numerically. They are independent of the level 3–5 exercises on purpose: a level 6 check then
/// tests the gradient formula alone, whatever state the earlier levels are in.
/// </summary>
internal static class LossesWrittenOut
{
    /// <summary>−[y log σ(z) + (1 − y) log(1 − σ(z))] = y·softplus(−z) + (1 − y)·softplus(z).</summary>
    public static double BinaryCrossEntropyOfLogit(double logit, double target) =>
        target * Softplus(-logit) + (1 - target) * Softplus(logit);

    /// <summary>(σ(z) − y)².</summary>
    public static double SquaredErrorThroughSigmoid(double logit, double target) =>
        Math.Pow(Sigmoid(logit) - target, 2);

    /// <summary>Σᵢ (log Σⱼ e^(zᵢⱼ) − zᵢ,yᵢ), divided by N for Mean.</summary>
    public static double CrossEntropy(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction)
    {
        var total = 0.0;
        for (var row = 0; row < logits.RowCount; row++)
        {
            var max = logits.Row(row).Maximum();
            var logSumExp = max + Math.Log(logits.Row(row).Sum(value => Math.Exp(value - max)));
            total += logSumExp - logits[row, targets[row]];
        }

        return reduction == Reduction.Mean ? total / logits.RowCount : total;
    }

    /// <summary>Σᵢⱼ (softmax(zᵢ)ⱼ − [j = yᵢ])², divided by N·C for Mean.</summary>
    public static double MseThroughSoftmax(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction)
    {
        var total = 0.0;
        for (var row = 0; row < logits.RowCount; row++)
        {
            var max = logits.Row(row).Maximum();
            var exponentials = logits.Row(row).Map(value => Math.Exp(value - max));
            var probabilities = exponentials / exponentials.Sum();
            for (var column = 0; column < logits.ColumnCount; column++)
            {
                total += Math.Pow(probabilities[column] - (targets[row] == column ? 1 : 0), 2);
            }
        }

        return reduction == Reduction.Mean ? total / (logits.RowCount * logits.ColumnCount) : total;
    }

    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    private static double Softplus(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));
}
