namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Level 9 — cross-entropy from logits with class weights and an ignore index, as
    /// <c>F.cross_entropy(logits, targets, weight=w, ignore_index=k, reduction=…)</c>: sample i costs
    /// <c>w[yᵢ] · (−log softmax(zᵢ)[yᵢ])</c>, and nothing when <c>yᵢ = ignoreIndex</c>.
    /// <para>
    /// Mean is a weighted mean: it divides the sum by <c>Σ w[yᵢ]</c> over the samples kept — not by N, and not by the
    /// number of samples kept. An ignored sample leaves both sums. With no weight every class weighs 1, so Mean is the
    /// plain mean over the samples kept. When every sample is ignored, Mean is 0/0 = NaN, exactly as in PyTorch (a
    /// training loop must skip such a batch); Sum is 0.
    /// </para>
    /// <para>The ignore index may be a real class (0, say): then that class's samples are the ones left out.</para>
    /// <para>Bad input, in this order: <c>Guard.NotEmptyNoNaN(logits, nameof(logits))</c>,
    /// <c>Guard.LabelsOrIgnored(targets, nameof(targets), logits.RowCount, logits.ColumnCount, ignoreIndex)</c>, and when a
    /// weight is given <c>Guard.ClassWeights(weight, nameof(weight), logits.ColumnCount)</c>.</para>
    /// Read docs/level-9-loss-options.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=9"</c>
    /// </summary>
    /// <param name="logits">An N×C matrix of logits.</param>
    /// <param name="targets">N class labels in [0, C), or <paramref name="ignoreIndex"/>.</param>
    /// <param name="weight">One weight per class, finite and ≥ 0 (null: every class weighs 1).</param>
    /// <param name="ignoreIndex">The label of the samples to leave out (PyTorch's default −100).</param>
    /// <param name="reduction">Mean (default, divided by the kept samples' weights) or Sum.</param>
    public static double WeightedCrossEntropy(
        Matrix<double> logits, IReadOnlyList<int> targets, Vector<double>? weight = null, int ignoreIndex = -100, Reduction reduction = Reduction.Mean)
    {
        throw new NotImplementedException("not started: implement Losses.WeightedCrossEntropy in exercises/Level9_LossOptions/WeightedCrossEntropy.cs");
    }

    /// <summary>
    /// Level 9 — the same losses one per sample, as <c>reduction='none'</c>: element i is
    /// <c>w[yᵢ] · (−log softmax(zᵢ)[yᵢ])</c> (the weight is already in), and 0 for an ignored sample.
    /// <para>Bad input: as <see cref="WeightedCrossEntropy"/>.</para>
    /// </summary>
    /// <param name="logits">An N×C matrix of logits.</param>
    /// <param name="targets">N class labels in [0, C), or <paramref name="ignoreIndex"/>.</param>
    /// <param name="weight">One weight per class (null: every class weighs 1).</param>
    /// <param name="ignoreIndex">The label of the samples to leave out.</param>
    public static Vector<double> WeightedCrossEntropyPerSample(
        Matrix<double> logits, IReadOnlyList<int> targets, Vector<double>? weight = null, int ignoreIndex = -100)
    {
        throw new NotImplementedException("not started: implement Losses.WeightedCrossEntropy in exercises/Level9_LossOptions/WeightedCrossEntropy.cs");
    }
}
