namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Binary cross-entropy from logits with a weight on the positives, as <c>nn.BCEWithLogitsLoss(pos_weight=p)</c>
    /// on N×C multi-label logits: $\ell_{ic} = -[p_c\, y_{ic} \log \sigma(z_{ic}) + (1 - y_{ic}) \log(1 - \sigma(z_{ic}))]$,
    /// computed stably as $(1 - y) z + (1 + (p - 1) y)\, \mathrm{softplus}(-z)$. Mean divides by every element, N·C.
    /// </summary>
    /// <param name="logits">An N×C matrix of logits, one per sample and label.</param>
    /// <param name="targets">An N×C matrix of targets in [0, 1].</param>
    /// <param name="posWeight">One weight per label (column) for its positive term: p &gt; 1 raises recall.</param>
    /// <param name="reduction">Mean (default) over every element, or Sum.</param>
    public static double BinaryCrossEntropyWithPosWeight(Matrix<double> logits, Matrix<double> targets, Vector<double> posWeight, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.Probabilities(targets, nameof(targets));
        Guard.SameShape(logits, nameof(logits), targets, nameof(targets));
        Guard.ClassWeights(posWeight, nameof(posWeight), logits.ColumnCount);

        var total = 0.0;
        for (var i = 0; i < logits.RowCount; i++)
        {
            for (var c = 0; c < logits.ColumnCount; c++)
            {
                var (z, y) = (logits[i, c], targets[i, c]);
                var softplusOfMinusZ = Math.Max(-z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));
                total += (1 - y) * z + (1 + (posWeight[c] - 1) * y) * softplusOfMinusZ;
            }
        }

        return reduction == Reduction.Mean ? total / (logits.RowCount * logits.ColumnCount) : total;
    }
}
