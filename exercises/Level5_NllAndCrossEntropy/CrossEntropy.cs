namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Level 5 — cross-entropy from logits, as PyTorch's <c>cross_entropy</c> / <c>nn.CrossEntropyLoss</c>:
    /// <c>ℓᵢ = −log softmax(zᵢ)[yᵢ] = LSE(zᵢ) − zᵢ,yᵢ</c>, i.e. <c>NllLoss(LogSoftmax(logits), targets)</c>, the batch mean
    /// of level 2's <c>H(onehot(yᵢ), softmax(zᵢ))</c>. Mean divides by the batch size N (not by N·C); Sum adds the N losses.
    /// <para>
    /// The input is logits (raw scores), not probabilities: feeding softmax outputs here applies softmax twice
    /// and gives a different, wrong loss. Logits of ±1000 must give a finite, correct loss ([1000, 0, −1000] costs 0
    /// for label 0 and 2000 for label 2). Adding a constant to a row of logits does not change the loss.
    /// </para>
    /// <para>Bad input, in this order: <c>Guard.NotEmptyNoNaN(logits, nameof(logits))</c>,
    /// <c>Guard.Labels(targets, nameof(targets), logits.RowCount, logits.ColumnCount)</c>.</para>
    /// Read docs/level-5-nll-and-cross-entropy.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=5"</c>
    /// </summary>
    /// <param name="logits">An N×C matrix of logits.</param>
    /// <param name="targets">N class labels in [0, C).</param>
    /// <param name="reduction">Mean (default) over the batch, or Sum.</param>
    public static double CrossEntropy(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        throw new NotImplementedException("not started: implement Losses.CrossEntropy in exercises/Level5_NllAndCrossEntropy/CrossEntropy.cs");
    }
}
