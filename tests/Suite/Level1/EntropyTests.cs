using FsCheck.Xunit;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level1;

[Exercise("Information.Entropy")]
public sealed partial class EntropyTests
{
    [Probe("Information.Entropy")]
    internal static void Probe() => Information.Entropy(V(0.5, 0.5));

    [Fact]
    public void A_fair_four_sided_die_has_two_bits_of_entropy() =>
        // H = −4 · ¼ · log₂ ¼ = 2 bits: two yes/no questions pin down one of four equally likely outcomes.
        Information.Entropy(V(0.25, 0.25, 0.25, 0.25), logBase: 2)
            .ShouldBeCloseTo(2, "each of the four outcomes has surprise log₂ 4 = 2 bits, and H is the average surprise", EntropySuspects.Of(V(0.25, 0.25, 0.25, 0.25), 2));

    [Fact]
    public void The_default_base_is_e_so_a_fair_die_has_ln_4_nats() =>
        Information.Entropy(V(0.25, 0.25, 0.25, 0.25))
            .ShouldBeCloseTo(Math.Log(4), "without a base argument the logarithm is natural (nats), as in PyTorch", EntropySuspects.Of(V(0.25, 0.25, 0.25, 0.25)));

    [Fact]
    public void A_certain_outcome_has_zero_entropy_because_zero_log_zero_is_zero() =>
        Information.Entropy(V(0, 1, 0, 0))
            .ShouldBeCloseTo(0, "a one-hot distribution holds no surprise; 0·log 0 must count as 0, not NaN", EntropySuspects.Of(V(0, 1, 0, 0)));

    [Fact]
    public void A_lottery_like_distribution_has_almost_no_entropy()
    {
        // One ticket in a million wins: H = −(1e-6 · ln 1e-6 + (1 − 1e-6) · ln(1 − 1e-6)) ≈ 1.4816e-5 nats.
        const double win = 1e-6;
        var expected = -(win * Math.Log(win) + (1 - win) * Math.Log(1 - win));
        Information.Entropy(V(win, 1 - win))
            .ShouldBeCloseTo(expected, "an almost certain outcome is almost never surprising", EntropySuspects.Of(V(win, 1 - win)));
        expected.Should().BeApproximately(1.4816e-5, 1e-9, "the worked number in docs/level-1-entropy.md");
    }

    [Fact]
    public void A_fair_coin_has_one_bit_and_ln_2_nats()
    {
        Information.Entropy(V(0.5, 0.5), 2).ShouldBeCloseTo(1, "one yes/no question settles a fair coin", EntropySuspects.Of(V(0.5, 0.5), 2));
        Information.Entropy(V(0.5, 0.5)).ShouldBeCloseTo(Math.Log(2), "1 bit = ln 2 nats", EntropySuspects.Of(V(0.5, 0.5)));
    }

    [Fact]
    public void A_biased_coin_matches_the_value_worked_out_by_hand() =>
        // −(0.9 ln 0.9 + 0.1 ln 0.1) = 0.0948245 + 0.2302585 = 0.3250830 nats
        Information.Entropy(V(0.9, 0.1))
            .ShouldBeCloseTo(0.32508297339144826, "H(0.9, 0.1) = −0.9·ln 0.9 − 0.1·ln 0.1", EntropySuspects.Of(V(0.9, 0.1)));

    [Property(Arbitrary = [typeof(Generators)])]
    public void Entropy_lies_between_zero_and_the_log_of_the_number_of_outcomes(Distribution p) => Counterexample.At($"p = {p}", () =>
    {
        var entropy = Information.Entropy(p.Vector);
        entropy.Should().BeGreaterThanOrEqualTo(-1e-12, "every term −pᵢ log pᵢ is ≥ 0 for pᵢ in [0, 1] (p = {0})", p);
        entropy.Should().BeLessThanOrEqualTo(Math.Log(p.Count) + 1e-12, "no distribution over n outcomes is more uncertain than the uniform one, whose entropy is log n (p = {0})", p);
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void The_uniform_distribution_has_the_largest_entropy(Distribution p) => Counterexample.At($"p = {p}", () =>
    {
        var uniform = Vector<double>.Build.Dense(p.Count, 1.0 / p.Count);
        Information.Entropy(p.Vector).Should().BeLessThanOrEqualTo(
            Information.Entropy(uniform) + 1e-12, "H is maximal at the uniform distribution (p = {0})", p);
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void Bits_are_nats_divided_by_ln_2(Distribution p) => Counterexample.At($"p = {p}", () =>
        Information.Entropy(p.Vector, 2).ShouldBeCloseTo(
            Oracle.Entropy(p.Vector) / Math.Log(2), $"log₂ x = ln x / ln 2, so H₂ = Hₑ / ln 2, here of the reference Hₑ (p = {p})", EntropySuspects.Of(p.Vector, 2)));

    [Property(Arbitrary = [typeof(Generators)])]
    public void Reordering_the_outcomes_does_not_change_the_entropy(Distribution p) => Counterexample.At($"p = {p}", () =>
    {
        var reversed = V(p.Values.Reverse().ToArray());
        Information.Entropy(reversed).ShouldBeCloseTo(
            Information.Entropy(p.Vector), $"entropy depends on the probabilities, not on which outcome has which (p = {p})");
    });

    [Theory]
    [MemberData(nameof(BadDistributions.Problems), MemberType = typeof(BadDistributions))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem) =>
        BadDistributions.ShouldBeRejected(problem);
}
