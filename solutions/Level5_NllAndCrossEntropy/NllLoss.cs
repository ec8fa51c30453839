namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Negative log-likelihood, as <c>torch.nn.functional.nll_loss</c>: $\ell_i = -\log q_{i, y_i}$ read from
    /// the log-probabilities of sample i at its label; Mean divides by the batch size N.
    /// </summary>
    /// <param name="logProbabilities">An N×C matrix of log-probabilities (one row per sample).</param>
    /// <param name="targets">N class labels in [0, C).</param>
    /// <param name="reduction">Mean (default) over the batch, or Sum.</param>
    public static double NllLoss(Matrix<double> logProbabilities, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logProbabilities, nameof(logProbabilities));
        Guard.Labels(targets, nameof(targets), logProbabilities.RowCount, logProbabilities.ColumnCount);

        var total = 0.0;
        for (var i = 0; i < targets.Count; i++)
        {
            total -= logProbabilities[i, targets[i]];
        }

        return reduction == Reduction.Mean ? total / targets.Count : total;
    }
}
