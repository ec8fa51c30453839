namespace LossKata;

public static partial class Gradients
{
    /// <summary>
    /// The gradient of <see cref="Losses.LabelSmoothedCrossEntropy"/> with respect to the logits. Sample i's loss is
    /// $-\sum_c a_{ic} \log s_{ic}$ with $a_{ic} = (1 - \varepsilon) w_{y_i} [c = y_i] + \frac{\varepsilon}{C} w_c$, so
    /// its row is $(\sum_c a_{ic})\, s_i - a_i$ — softmax minus target only when every weight is 1. An ignored
    /// sample's row is 0; Mean divides every row by $\sum_i w_{y_i}$ over the samples kept.
    /// </summary>
    /// <param name="logits">An N×C matrix of logits.</param>
    /// <param name="targets">N class labels in [0, C), or <paramref name="ignoreIndex"/>.</param>
    /// <param name="labelSmoothing">ε in [0, 1].</param>
    /// <param name="weight">One weight per class (null: every class weighs 1).</param>
    /// <param name="ignoreIndex">The label of samples to leave out.</param>
    /// <param name="reduction">The reduction of the loss being differentiated: Mean (default) or Sum.</param>
    public static Matrix<double> LabelSmoothedCrossEntropyWrtLogits(
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
        var softmax = Activations.Softmax(logits);
        var gradient = Matrix<double>.Build.Dense(logits.RowCount, classes);
        var totalWeight = 0.0;
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i] == ignoreIndex)
            {
                continue;
            }

            var target = Vector<double>.Build.Dense(classes, c => labelSmoothing / classes * (weight?[c] ?? 1));
            target[targets[i]] += (1 - labelSmoothing) * (weight?[targets[i]] ?? 1);
            gradient.SetRow(i, target.Sum() * softmax.Row(i) - target);
            totalWeight += weight?[targets[i]] ?? 1;
        }

        return reduction == Reduction.Mean ? gradient / totalWeight : gradient;
    }
}
