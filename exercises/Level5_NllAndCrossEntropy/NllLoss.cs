namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Level 5 — negative log-likelihood, as PyTorch's <c>nll_loss</c>: for each sample i, pick the
    /// log-probability of its label, <c>ℓᵢ = −logProbabilities[i, targets[i]]</c>; Mean divides by the batch size N (not
    /// by N·C), Sum adds the N losses. The other entries of a row are never read: −∞ is allowed there, and at the label
    /// it costs +∞. <c>NllLoss(LogSoftmax(z), y) = CrossEntropy(z, y)</c>; with one row of log q it is level 2's
    /// <c>H(onehot(y), q)</c>.
    /// <para>
    /// Bad input, in this order: <c>Guard.NotEmptyNoNaN(logProbabilities, nameof(logProbabilities))</c>,
    /// <c>Guard.Labels(targets, nameof(targets), logProbabilities.RowCount, logProbabilities.ColumnCount)</c>
    /// (one label per row, each in [0, C)).
    /// </para>
    /// Read docs/level-5-nll-and-cross-entropy.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=5"</c>
    /// </summary>
    /// <param name="logProbabilities">An N×C matrix of log-probabilities, one row per sample.</param>
    /// <param name="targets">N class labels in [0, C).</param>
    /// <param name="reduction">Mean (default) over the batch, or Sum.</param>
    public static double NllLoss(Matrix<double> logProbabilities, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        throw new NotImplementedException("not started: implement Losses.NllLoss in exercises/Level5_NllAndCrossEntropy/NllLoss.cs");
    }
}
