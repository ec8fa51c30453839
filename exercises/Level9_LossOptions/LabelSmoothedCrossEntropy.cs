namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Level 9 — cross-entropy from logits with label smoothing ε, as
    /// <c>F.cross_entropy(logits, targets, weight=w, ignore_index=k, reduction=…, label_smoothing=ε)</c>. The target of
    /// sample i is no longer one-hot but <c>(1 − ε)·onehot(yᵢ) + ε/C</c>, so its loss is
    /// <c>(1 − ε)·w[yᵢ]·(−log sᵢ[yᵢ]) + (ε/C)·Σ_c w[c]·(−log sᵢ[c])</c> with <c>sᵢ = softmax(zᵢ)</c>.
    /// <para>
    /// Mind the weights: PyTorch weights the smoothing term class by class (<c>w[c]</c> inside the sum), not by the
    /// target's weight. Mean divides by <c>Σ w[yᵢ]</c> over the samples kept, as <see cref="WeightedCrossEntropy"/>;
    /// an ignored sample costs nothing and leaves the denominator. ε = 0 is <see cref="WeightedCrossEntropy"/>; every ε
    /// gives <c>(1 − ε)·CE + ε·(cross-entropy to the uniform distribution)</c>. All samples ignored: Mean is NaN, as in PyTorch.
    /// </para>
    /// <para>Bad input, in this order: <c>Guard.NotEmptyNoNaN(logits, nameof(logits))</c>,
    /// <c>Guard.LabelsOrIgnored(targets, nameof(targets), logits.RowCount, logits.ColumnCount, ignoreIndex)</c>,
    /// <c>Guard.Probability(labelSmoothing, nameof(labelSmoothing))</c>, and when a weight is given
    /// <c>Guard.ClassWeights(weight, nameof(weight), logits.ColumnCount)</c>.</para>
    /// Read docs/level-9-loss-options.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=9"</c>
    /// </summary>
    /// <param name="logits">An N×C matrix of logits.</param>
    /// <param name="targets">N class labels in [0, C), or <paramref name="ignoreIndex"/>.</param>
    /// <param name="labelSmoothing">ε in [0, 1]: the share of the target spread evenly over the C classes.</param>
    /// <param name="weight">One weight per class, finite and ≥ 0 (null: every class weighs 1).</param>
    /// <param name="ignoreIndex">The label of the samples to leave out (PyTorch's default −100).</param>
    /// <param name="reduction">Mean (default) or Sum.</param>
    public static double LabelSmoothedCrossEntropy(
        Matrix<double> logits, IReadOnlyList<int> targets, double labelSmoothing,
        Vector<double>? weight = null, int ignoreIndex = -100, Reduction reduction = Reduction.Mean)
    {
        throw new NotImplementedException("not started: implement Losses.LabelSmoothedCrossEntropy in exercises/Level9_LossOptions/LabelSmoothedCrossEntropy.cs");
    }
}
