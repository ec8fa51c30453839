namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Level 5 — negative log-likelihood, as PyTorch's <c>nll_loss</c>: for each sample i, pick the
    /// log-probability of its label, <c>ℓᵢ = −logProbabilities[i, targets[i]]</c>; Mean divides by the batch size N.
    /// <para>
    /// Bad input: <c>Guard.NotEmptyNoNaN</c> for the matrix; <c>Guard.Labels(targets, nameof(targets), rows, columns)</c>
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
