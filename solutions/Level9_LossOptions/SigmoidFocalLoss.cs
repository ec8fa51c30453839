namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Sigmoid focal loss, as <c>torchvision.ops.sigmoid_focal_loss</c>: binary cross-entropy from logits scaled by
    /// $(1 - p_t)^\gamma$, where $p_t = p\,y + (1 - p)(1 - y)$ is the probability given to the target, and by
    /// $\alpha_t = \alpha y + (1 - \alpha)(1 - y)$ unless α = −1. Mean divides by the number of logits.
    /// </summary>
    /// <param name="logits">The logits, one per element.</param>
    /// <param name="targets">Targets in [0, 1], one per logit.</param>
    /// <param name="alpha">The weight of the positives in [0, 1], or −1 for none (default 0.25).</param>
    /// <param name="gamma">The focusing exponent γ ≥ 0 (default 2; 0 is plain BCE).</param>
    /// <param name="reduction">Mean (default) or Sum; torchvision's own default is 'none'.</param>
    public static double SigmoidFocalLoss(Vector<double> logits, Vector<double> targets, double alpha = 0.25, double gamma = 2, Reduction reduction = Reduction.Mean)
    {
        FocalTerms.Check(logits, targets, alpha, gamma);
        var total = 0.0;
        for (var i = 0; i < logits.Count; i++)
        {
            var terms = new FocalTerms(logits[i], targets[i], alpha);
            total += terms.AlphaT * terms.CrossEntropy * Math.Pow(terms.Miss, gamma);
        }

        return reduction == Reduction.Mean ? total / logits.Count : total;
    }
}

public static partial class Gradients
{
    /// <summary>
    /// The gradient of <see cref="Losses.SigmoidFocalLoss"/> with respect to the logits: with $m = 1 - p_t$ and
    /// $\partial m / \partial z = p (1 - p)(1 - 2y)$, element i is
    /// $\alpha_t [(p - y)\, m^\gamma + \gamma\, \mathrm{BCE}\, m^{\gamma - 1} \partial m / \partial z]$, divided by n for Mean.
    /// </summary>
    /// <param name="logits">The logits, one per element.</param>
    /// <param name="targets">Targets in [0, 1], one per logit.</param>
    /// <param name="alpha">The weight of the positives in [0, 1], or −1 for none.</param>
    /// <param name="gamma">The focusing exponent γ ≥ 0.</param>
    /// <param name="reduction">The reduction of the loss being differentiated: Mean (default) or Sum.</param>
    public static Vector<double> SigmoidFocalLossWrtLogits(Vector<double> logits, Vector<double> targets, double alpha = 0.25, double gamma = 2, Reduction reduction = Reduction.Mean)
    {
        FocalTerms.Check(logits, targets, alpha, gamma);
        var gradient = Vector<double>.Build.Dense(logits.Count, i =>
        {
            var terms = new FocalTerms(logits[i], targets[i], alpha);
            var (p, notP, y) = (terms.P, terms.NotP, targets[i]);
            // The focusing term's derivative vanishes where m = 0 (a saturated, correct prediction), even for γ < 1.
            var focusing = terms.Miss > 0 ? gamma * terms.CrossEntropy * Math.Pow(terms.Miss, gamma - 1) * p * notP * (1 - 2 * y) : 0;
            return terms.AlphaT * ((p - y) * Math.Pow(terms.Miss, gamma) + focusing);
        });
        return reduction == Reduction.Mean ? gradient / logits.Count : gradient;
    }
}

/// <summary>The pieces of the focal loss at one logit, each computed without cancellation: p = σ(z) and 1 − p = σ(−z)
/// separately, BCE as softplus.</summary>
internal readonly record struct FocalTerms
{
    public FocalTerms(double logit, double target, double alpha)
    {
        P = 1 / (1 + Math.Exp(-logit));
        NotP = 1 / (1 + Math.Exp(logit));
        CrossEntropy = Math.Max(logit, 0) - logit * target + Math.Log(1 + Math.Exp(-Math.Abs(logit)));
        Miss = P * (1 - target) + NotP * target;
        AlphaT = alpha == -1 ? 1 : alpha * target + (1 - alpha) * (1 - target);
    }

    public double P { get; }

    public double NotP { get; }

    public double CrossEntropy { get; }

    /// <summary>$1 - p_t$: how far the prediction is from the target.</summary>
    public double Miss { get; }

    public double AlphaT { get; }

    public static void Check(Vector<double> logits, Vector<double> targets, double alpha, double gamma)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.Probabilities(targets, nameof(targets));
        Guard.SameLength(logits, nameof(logits), targets, nameof(targets));
        if (alpha != -1)
        {
            Guard.Probability(alpha, nameof(alpha));
        }

        Guard.NonNegativeFinite(gamma, nameof(gamma));
    }
}
