namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Cross-entropy from logits to probability ("soft") targets, as <c>F.cross_entropy(logits, targets, weight,
    /// label_smoothing=ε)</c> with an N×C float target: $\ell_i = -\sum_c w_c\, t'_{ic} \log \mathrm{softmax}(z_i)_c$ with
    /// $t' = (1 - \varepsilon)\, t + \varepsilon / C$. Mean divides by N, even with weights.
    /// </summary>
    /// <param name="logits">An N×C matrix of logits.</param>
    /// <param name="targets">An N×C matrix whose rows are distributions over the classes.</param>
    /// <param name="weight">One weight per class (null: every class weighs 1).</param>
    /// <param name="labelSmoothing">ε in [0, 1] (default 0).</param>
    /// <param name="reduction">Mean (default) or Sum.</param>
    public static double SoftTargetCrossEntropy(
        Matrix<double> logits, Matrix<double> targets, Vector<double>? weight = null, double labelSmoothing = 0, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.RowDistributions(targets, nameof(targets));
        Guard.SameShape(logits, nameof(logits), targets, nameof(targets));
        if (weight is not null)
        {
            Guard.ClassWeights(weight, nameof(weight), logits.ColumnCount);
        }

        Guard.Probability(labelSmoothing, nameof(labelSmoothing));

        var classes = logits.ColumnCount;
        var logProbabilities = Activations.LogSoftmax(logits);
        var total = 0.0;
        for (var i = 0; i < logits.RowCount; i++)
        {
            for (var c = 0; c < classes; c++)
            {
                var smoothed = (1 - labelSmoothing) * targets[i, c] + labelSmoothing / classes;
                total -= (weight?[c] ?? 1) * smoothed * logProbabilities[i, c];
            }
        }

        return reduction == Reduction.Mean ? total / logits.RowCount : total;
    }
}
