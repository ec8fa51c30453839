namespace LossKata.Tests.Level4;

/// <summary>Infinite logits are allowed (Guard rejects only NaN): the shift by the maximum must not turn them into
/// ∞ − ∞ = NaN. torch.logsumexp gives −∞ and +∞ for these rows too.</summary>
[Exercise("Activations.LogSumExp")]
public sealed class LogSumExpInfiniteLogitsTests
{
    [Fact]
    public void Logits_that_are_all_minus_infinity_have_log_sum_exp_minus_infinity() =>
        // Every e^zᵢ is 0, so LSE = ln 0 = −∞. Shifting by m = −∞ computes zᵢ − m = −∞ − (−∞) = NaN.
        Activations.LogSumExp(Numbers.V(double.NegativeInfinity, double.NegativeInfinity)).ShouldBeCloseTo(
            double.NegativeInfinity, "every e^zᵢ is 0 and ln 0 = −∞",
            ActivationSuspects.OfLogSumExp(Numbers.V(double.NegativeInfinity, double.NegativeInfinity)), 0);

    [Fact]
    public void A_logit_of_plus_infinity_makes_log_sum_exp_plus_infinity() =>
        Activations.LogSumExp(Numbers.V(double.PositiveInfinity, 0)).ShouldBeCloseTo(
            double.PositiveInfinity, "e^∞ = ∞ dominates the sum",
            ActivationSuspects.OfLogSumExp(Numbers.V(double.PositiveInfinity, 0)), 0);
}
