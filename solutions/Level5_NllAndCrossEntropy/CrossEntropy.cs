namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Cross-entropy from logits, as <c>torch.nn.functional.cross_entropy</c>:
    /// $\ell_i = -\log \mathrm{softmax}(z_i)_{y_i} = \mathrm{LSE}(z_i) - z_{i, y_i}$, i.e. NLL of the log-softmax.
    /// Mean divides by the batch size N.
    /// </summary>
    /// <param name="logits">An N×C matrix of logits (raw scores, not probabilities).</param>
    /// <param name="targets">N class labels in [0, C).</param>
    /// <param name="reduction">Mean (default) over the batch, or Sum.</param>
    public static double CrossEntropy(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.Labels(targets, nameof(targets), logits.RowCount, logits.ColumnCount);
        return NllLoss(Activations.LogSoftmax(logits), targets, reduction);
    }
}
