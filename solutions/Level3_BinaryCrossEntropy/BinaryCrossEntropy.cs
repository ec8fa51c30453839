namespace LossKata;

public static partial class Losses
{
    /// <summary>PyTorch clamps each log term of BCE at −100 so that a probability of exactly 0 or 1 gives a
    /// large finite loss instead of ∞.</summary>
    private const double LogClamp = -100;

    /// <summary>
    /// Binary cross-entropy, as <c>torch.nn.functional.binary_cross_entropy</c>:
    /// $\ell_i = -[y_i \log p_i + (1 - y_i) \log(1 - p_i)]$, each log clamped at −100, reduced by mean or sum.
    /// Soft targets $y_i \in [0, 1]$ are allowed.
    /// </summary>
    /// <param name="probabilities">Predicted probabilities $p_i \in [0, 1]$ of the positive class.</param>
    /// <param name="targets">Targets $y_i \in [0, 1]$, the same length.</param>
    /// <param name="reduction">Mean (default) over the elements, or Sum.</param>
    public static double BinaryCrossEntropy(Vector<double> probabilities, Vector<double> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.Probabilities(probabilities, nameof(probabilities));
        Guard.Probabilities(targets, nameof(targets));
        Guard.SameLength(probabilities, nameof(probabilities), targets, nameof(targets));

        var total = 0.0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var logP = Math.Max(Math.Log(probabilities[i]), LogClamp);
            var logOneMinusP = Math.Max(Math.Log(1 - probabilities[i]), LogClamp);
            total -= targets[i] * logP + (1 - targets[i]) * logOneMinusP;
        }

        return reduction == Reduction.Mean ? total / probabilities.Count : total;
    }
}
