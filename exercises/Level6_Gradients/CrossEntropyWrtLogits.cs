namespace LossKata;

public static partial class Gradients
{
    /// <summary>
    /// Level 6 — the gradient of <c>Losses.CrossEntropy(logits, targets, reduction)</c> with respect to the logits:
    /// row i is <c>softmax(zᵢ) − onehot(yᵢ)</c> (softmax minus one-hot, not the reverse), and with Mean every
    /// element is divided by the batch size N (the loss was divided by N).
    /// <para>Edge cases: each row sums to 0; the target's component is ≤ 0 and the others ≥ 0. Per row its norm is at least
    /// that of the MSE-through-softmax gradient (C times it with Mean), equal for two tied classes (Sum).</para>
    /// <para>Bad input: <c>Guard.NotEmptyNoNaN(logits, nameof(logits))</c>,
    /// <c>Guard.Labels(targets, nameof(targets), logits.RowCount, logits.ColumnCount)</c>.</para>
    /// Read docs/level-6-gradients.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=6"</c>
    /// </summary>
    /// <param name="logits">An N×C matrix of logits.</param>
    /// <param name="targets">N class labels in [0, C).</param>
    /// <param name="reduction">The reduction of the loss being differentiated: Mean (default) or Sum.</param>
    public static Matrix<double> CrossEntropyWrtLogits(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        throw new NotImplementedException("not started: implement Gradients.CrossEntropyWrtLogits in exercises/Level6_Gradients/CrossEntropyWrtLogits.cs");
    }
}
