namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Level 5 — cross-entropy from logits, as PyTorch's <c>cross_entropy</c> / <c>nn.CrossEntropyLoss</c>:
    /// <c>ℓᵢ = −log softmax(zᵢ)[yᵢ]</c>, i.e. <c>NllLoss(LogSoftmax(logits), targets)</c>. Mean divides by N.
    /// <para>
    /// The input is logits (raw scores), not probabilities: feeding softmax outputs here applies softmax twice
    /// and gives a different, wrong loss. Logits of ±1000 must give a finite, correct loss.
    /// </para>
    /// <para>Bad input: <c>Guard.NotEmptyNoNaN</c>, <c>Guard.Labels</c>.</para>
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
