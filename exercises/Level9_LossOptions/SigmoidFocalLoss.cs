namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Level 9 — sigmoid focal loss, as <c>torchvision.ops.sigmoid_focal_loss(logits, targets, alpha, gamma, reduction)</c>
    /// (Lin et al., RetinaNet): level 3's BCE from logits, element by element, times <c>(1 − p_t)^γ</c> — with
    /// <c>p = σ(z)</c> and <c>p_t = p·y + (1 − p)·(1 − y)</c>, the probability given to the target, so easy examples
    /// (p_t near 1) count little — and times <c>α_t = α·y + (1 − α)·(1 − y)</c>, unless α = −1, which turns α off.
    /// <para>
    /// γ = 0 with α = −1 is exactly BCE with logits. Stay stable at ±1000: BCE as softplus (level 3), and
    /// <c>1 − p</c> computed as <c>σ(−z)</c>, never as 1 minus a rounded p. Mean divides by the number of logits,
    /// Sum adds; torchvision's own default is 'none' (per element).
    /// </para>
    /// <para>Bad input, in this order: <c>Guard.NotEmptyNoNaN(logits, nameof(logits))</c>,
    /// <c>Guard.Probabilities(targets, nameof(targets))</c>, <c>Guard.SameLength(logits, nameof(logits), targets, nameof(targets))</c>,
    /// unless α = −1 <c>Guard.Probability(alpha, nameof(alpha))</c>, then <c>Guard.NonNegativeFinite(gamma, nameof(gamma))</c>.</para>
    /// Read docs/level-9-loss-options.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=9"</c>
    /// </summary>
    /// <param name="logits">The logits, one per element.</param>
    /// <param name="targets">Targets in [0, 1], one per logit.</param>
    /// <param name="alpha">The weight of the positives in [0, 1], or −1 for none (default 0.25).</param>
    /// <param name="gamma">The focusing exponent, finite and ≥ 0 (default 2).</param>
    /// <param name="reduction">Mean (default) or Sum.</param>
    public static double SigmoidFocalLoss(Vector<double> logits, Vector<double> targets, double alpha = 0.25, double gamma = 2, Reduction reduction = Reduction.Mean)
    {
        throw new NotImplementedException("not started: implement SigmoidFocalLoss in exercises/Level9_LossOptions/SigmoidFocalLoss.cs");
    }
}

public static partial class Gradients
{
    /// <summary>
    /// Level 9 — the gradient of <see cref="Losses.SigmoidFocalLoss"/> with respect to the logits, element by element.
    /// With <c>m = 1 − p_t</c> (so <c>∂m/∂z = p(1 − p)(1 − 2y)</c>) and BCE's <c>∂/∂z = p − y</c>, the product rule gives
    /// <c>α_t·[(p − y)·m^γ + γ·BCE·m^(γ−1)·∂m/∂z]</c>; the second term is 0 where m = 0. Divide by n for Mean.
    /// <para>Bad input: as <see cref="Losses.SigmoidFocalLoss"/>, in the same order.</para>
    /// </summary>
    /// <param name="logits">The logits, one per element.</param>
    /// <param name="targets">Targets in [0, 1], one per logit.</param>
    /// <param name="alpha">The weight of the positives in [0, 1], or −1 for none.</param>
    /// <param name="gamma">The focusing exponent, finite and ≥ 0.</param>
    /// <param name="reduction">The reduction of the loss being differentiated: Mean (default) or Sum.</param>
    public static Vector<double> SigmoidFocalLossWrtLogits(Vector<double> logits, Vector<double> targets, double alpha = 0.25, double gamma = 2, Reduction reduction = Reduction.Mean)
    {
        throw new NotImplementedException("not started: implement SigmoidFocalLoss in exercises/Level9_LossOptions/SigmoidFocalLoss.cs");
    }
}
