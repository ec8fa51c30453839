namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Cross-entropy from logits with label smoothing, as <c>F.cross_entropy(logits, targets, weight, ignore_index,
    /// reduction, label_smoothing=ε)</c>: the target is $(1 - \varepsilon)\,\mathrm{onehot}(y_i) + \varepsilon / C$, so
    /// $\ell_i = (1 - \varepsilon)\, w_{y_i} (-\log s_{i y_i}) + \frac{\varepsilon}{C} \sum_c w_c (-\log s_{ic})$ —
    /// PyTorch weights the smoothing term class by class. Mean divides by $\sum_i w_{y_i}$ over the samples kept.
    /// </summary>
    /// <param name="logits">An N×C matrix of logits.</param>
    /// <param name="targets">N class labels in [0, C), or <paramref name="ignoreIndex"/>.</param>
    /// <param name="labelSmoothing">ε in [0, 1]: the share of the target spread evenly over the C classes.</param>
    /// <param name="weight">One weight per class (null: every class weighs 1).</param>
    /// <param name="ignoreIndex">The label of samples to leave out of the loss and of the mean's denominator.</param>
    /// <param name="reduction">Mean (default) or Sum.</param>
    /// <returns>The reduced loss; NaN, as in PyTorch, for Mean when every sample is ignored (0/0).</returns>
    public static double LabelSmoothedCrossEntropy(
        Matrix<double> logits, IReadOnlyList<int> targets, double labelSmoothing,
        Vector<double>? weight = null, int ignoreIndex = -100, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.LabelsOrIgnored(targets, nameof(targets), logits.RowCount, logits.ColumnCount, ignoreIndex);
        Guard.Probability(labelSmoothing, nameof(labelSmoothing));
        if (weight is not null)
        {
            Guard.ClassWeights(weight, nameof(weight), logits.ColumnCount);
        }

        var classes = logits.ColumnCount;
        var logProbabilities = Activations.LogSoftmax(logits);
        var (total, totalWeight) = (0.0, 0.0);
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i] == ignoreIndex)
            {
                continue;
            }

            var targetWeight = weight?[targets[i]] ?? 1;
            var toUniform = 0.0;
            for (var c = 0; c < classes; c++)
            {
                toUniform -= (weight?[c] ?? 1) * logProbabilities[i, c];
            }

            total += (1 - labelSmoothing) * -targetWeight * logProbabilities[i, targets[i]] + labelSmoothing / classes * toUniform;
            totalWeight += targetWeight;
        }

        return reduction == Reduction.Mean ? total / totalWeight : total;
    }
}
