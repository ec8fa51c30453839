namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// KL divergence as <c>nn.KLDivLoss(reduction, log_target)</c> computes it: the input is log-probabilities
    /// $\log q$, the target probabilities $p$ (or $\log p$ with <paramref name="logTarget"/>), and the pointwise term
    /// is $p (\log p - \log q)$. BatchMean divides the sum by N — the mean KL divergence per sample; PyTorch's default
    /// Mean divides by N·C.
    /// </summary>
    /// <param name="input">An N×C matrix of log-probabilities (log_softmax's output).</param>
    /// <param name="target">An N×C matrix whose rows are distributions, or their logarithms with <paramref name="logTarget"/>.</param>
    /// <param name="reduction">Mean (PyTorch's default, over N·C), BatchMean (over N) or Sum.</param>
    /// <param name="logTarget">Whether <paramref name="target"/> holds log-probabilities.</param>
    public static double KlDivLoss(Matrix<double> input, Matrix<double> target, KlDivReduction reduction = KlDivReduction.Mean, bool logTarget = false)
    {
        var total = KlDivLossPointwise(input, target, logTarget).Enumerate().Sum();
        return reduction switch
        {
            KlDivReduction.Mean => total / (input.RowCount * input.ColumnCount),
            KlDivReduction.BatchMean => total / input.RowCount,
            _ => total,
        };
    }

    /// <summary>The N×C pointwise terms, <c>reduction='none'</c>: $p (\log p - \log q)$, 0 where $p = 0$ (the limit
    /// $0 \log 0 = 0$).</summary>
    /// <param name="input">An N×C matrix of log-probabilities.</param>
    /// <param name="target">An N×C matrix whose rows are distributions, or their logarithms with <paramref name="logTarget"/>.</param>
    /// <param name="logTarget">Whether <paramref name="target"/> holds log-probabilities.</param>
    public static Matrix<double> KlDivLossPointwise(Matrix<double> input, Matrix<double> target, bool logTarget = false)
    {
        Guard.LogProbabilities(input, nameof(input));
        if (logTarget)
        {
            Guard.LogProbabilities(target, nameof(target));
        }

        Guard.RowDistributions(logTarget ? target?.PointwiseExp() : target, nameof(target));
        Guard.SameShape(input, nameof(input), target!, nameof(target));

        return Matrix<double>.Build.Dense(input.RowCount, input.ColumnCount, (i, c) =>
        {
            var logP = logTarget ? target![i, c] : Math.Log(target![i, c]);
            var p = logTarget ? Math.Exp(logP) : target[i, c];
            return p == 0 ? 0 : p * (logP - input[i, c]);
        });
    }
}
