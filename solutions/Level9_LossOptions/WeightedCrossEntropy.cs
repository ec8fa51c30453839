namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Cross-entropy from logits with class weights and an ignore index, as <c>F.cross_entropy(logits, targets,
    /// weight, ignore_index, reduction)</c>: $\ell_i = -w_{y_i} \log \mathrm{softmax}(z_i)_{y_i}$, and 0 for an ignored
    /// sample. Mean divides by $\sum_i w_{y_i}$ over the samples kept, not by N.
    /// </summary>
    /// <param name="logits">An N×C matrix of logits.</param>
    /// <param name="targets">N class labels in [0, C), or <paramref name="ignoreIndex"/>.</param>
    /// <param name="weight">One weight per class (null: every class weighs 1).</param>
    /// <param name="ignoreIndex">The label of samples to leave out of the loss and of the mean's denominator.</param>
    /// <param name="reduction">Mean (default) or Sum.</param>
    /// <returns>The reduced loss; NaN, as in PyTorch, for Mean when every sample is ignored (0/0).</returns>
    public static double WeightedCrossEntropy(
        Matrix<double> logits, IReadOnlyList<int> targets, Vector<double>? weight = null, int ignoreIndex = -100, Reduction reduction = Reduction.Mean)
    {
        var total = WeightedCrossEntropyPerSample(logits, targets, weight, ignoreIndex).Sum();
        if (reduction == Reduction.Sum)
        {
            return total;
        }

        var totalWeight = targets.Where(target => target != ignoreIndex).Sum(target => weight?[target] ?? 1);
        return total / totalWeight;
    }

    /// <summary>The per-sample losses, <c>reduction='none'</c>: $w_{y_i} \cdot (-\log \mathrm{softmax}(z_i)_{y_i})$,
    /// 0 for an ignored sample.</summary>
    /// <param name="logits">An N×C matrix of logits.</param>
    /// <param name="targets">N class labels in [0, C), or <paramref name="ignoreIndex"/>.</param>
    /// <param name="weight">One weight per class (null: every class weighs 1).</param>
    /// <param name="ignoreIndex">The label of samples to leave out.</param>
    public static Vector<double> WeightedCrossEntropyPerSample(
        Matrix<double> logits, IReadOnlyList<int> targets, Vector<double>? weight = null, int ignoreIndex = -100)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.LabelsOrIgnored(targets, nameof(targets), logits.RowCount, logits.ColumnCount, ignoreIndex);
        if (weight is not null)
        {
            Guard.ClassWeights(weight, nameof(weight), logits.ColumnCount);
        }

        var logProbabilities = Activations.LogSoftmax(logits);
        return Vector<double>.Build.Dense(targets.Count, i =>
            targets[i] == ignoreIndex ? 0 : -(weight?[targets[i]] ?? 1) * logProbabilities[i, targets[i]]);
    }
}
