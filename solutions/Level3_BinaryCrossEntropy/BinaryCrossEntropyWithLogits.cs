namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Binary cross-entropy on logits, as <c>torch.nn.functional.binary_cross_entropy_with_logits</c>:
    /// $\ell_i = \mathrm{BCE}(\sigma(z_i), y_i)$ computed in the stable form
    /// $\max(z_i, 0) - z_i y_i + \log(1 + e^{-|z_i|})$, finite for any finite logit.
    /// </summary>
    /// <param name="logits">Logits $z_i$ (any real numbers).</param>
    /// <param name="targets">Targets $y_i \in [0, 1]$, the same length.</param>
    /// <param name="reduction">Mean (default) over the elements, or Sum.</param>
    public static double BinaryCrossEntropyWithLogits(Vector<double> logits, Vector<double> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.Probabilities(targets, nameof(targets));
        Guard.SameLength(logits, nameof(logits), targets, nameof(targets));

        var total = 0.0;
        for (var i = 0; i < logits.Count; i++)
        {
            var z = logits[i];
            total += Math.Max(z, 0) - z * targets[i] + Math.Log(1 + Math.Exp(-Math.Abs(z)));
        }

        return reduction == Reduction.Mean ? total / logits.Count : total;
    }
}
