using FsCheck;
using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level2;

[Exercise("Information.KlDivergence")]
public sealed class KlDivergenceTests
{
    [Probe("Information.KlDivergence")]
    internal static void Probe() => Information.KlDivergence(V(0.5, 0.5), V(0.25, 0.75));

    public static TheoryData<string> PyTorchCases => PyTorchLevels1To5.Names(PyTorchLevels1To5.DistributionPairs);

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Agrees_with_PyTorch(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevels1To5.DistributionPairs, name);
        Information.KlDivergence(V(reference.P), V(reference.Q)).ShouldBeCloseTo(
            reference.Kl,
            $"PyTorch's F.kl_div(q.log(), p, reduction='sum') = Σ pᵢ ln(pᵢ/qᵢ) for p = {Show(reference.P)}, q = {Show(reference.Q)} ('{name}')",
            InformationSuspects.OfKlDivergence(V(reference.P), V(reference.Q)));
    }

    [Fact]
    public void KL_is_not_symmetric_so_swapping_p_and_q_changes_it()
    {
        // KL(p ‖ q) with p = (0.9, 0.1), q = (0.5, 0.5): 0.9 ln 1.8 + 0.1 ln 0.2 = 0.5290080 − 0.1609438 = 0.3680642
        // KL(q ‖ p):                                 0.5 ln(5/9) + 0.5 ln 5   = −0.2938933 + 0.8047190 = 0.5108256
        var p = V(0.9, 0.1);
        var q = V(0.5, 0.5);
        Information.KlDivergence(p, q).ShouldBeCloseTo(
            0.36806420716849688, "KL(p ‖ q) = Σ pᵢ ln(pᵢ/qᵢ) weighs by the true p", InformationSuspects.OfKlDivergence(p, q));
        Information.KlDivergence(q, p).ShouldBeCloseTo(
            0.51082562376599072, "KL(q ‖ p) weighs by q: a different number, so KL is not a distance", InformationSuspects.OfKlDivergence(q, p));
    }

    [Fact]
    public void For_a_one_hot_p_KL_is_minus_log_of_the_predicted_probability_of_the_label() =>
        // p = (0, 1, 0): only the middle term survives, 1 · ln(1 / 0.7) = 0.3566749.
        Information.KlDivergence(V(0, 1, 0), V(0.2, 0.7, 0.1))
            .ShouldBeCloseTo(0.35667494393873238, "KL(onehot(y) ‖ q) = −ln q_y, the classification loss", InformationSuspects.OfKlDivergence(V(0, 1, 0), V(0.2, 0.7, 0.1)));

    [Fact]
    public void An_outcome_with_zero_probability_contributes_nothing_even_where_q_is_zero() =>
        // ½ ln(0.5/0.25) + ½ ln(0.5/0.75) = 0.3465736 − 0.2027326 = 0.1438410; the middle term 0·ln(0/0) counts as 0.
        Information.KlDivergence(V(0.5, 0, 0.5), V(0.25, 0, 0.75))
            .ShouldBeCloseTo(0.14384103622589045, "a term with pᵢ = 0 contributes 0", InformationSuspects.OfKlDivergence(V(0.5, 0, 0.5), V(0.25, 0, 0.75)));

    [Fact]
    public void KL_is_infinite_when_the_model_called_a_possible_outcome_impossible() =>
        Information.KlDivergence(V(0.5, 0.5), V(1, 0)).Should().Be(
            double.PositiveInfinity, "q₁ = 0 < p₁ = 0.5: ln(p₁/q₁) = ln(0.5/0) is +∞");

    [Fact]
    public void KL_is_finite_when_only_p_has_a_zero() =>
        // KL((1, 0) ‖ (0.5, 0.5)) = 1 · ln 2; the reverse, KL((0.5, 0.5) ‖ (1, 0)), is +∞.
        Information.KlDivergence(V(1, 0), V(0.5, 0.5))
            .ShouldBeCloseTo(Math.Log(2), "p₁ = 0 removes the term whatever q₁ is; only qᵢ = 0 < pᵢ makes KL infinite", InformationSuspects.OfKlDivergence(V(1, 0), V(0.5, 0.5)));

    [Property(Arbitrary = [typeof(Generators)])]
    public void KL_of_a_distribution_with_itself_is_zero(Distribution p) => Counterexample.At($"p = {p}", () =>
        Information.KlDivergence(p.Vector, p.Vector).ShouldBeCloseTo(0, $"every term is pᵢ ln(pᵢ/pᵢ) = 0 (p = {p})"));

    [Property(Arbitrary = [typeof(Generators)])]
    public void KL_is_never_negative_and_is_zero_only_when_p_equals_q(DistributionPair pair) => Counterexample.At(pair, () =>
    {
        // Gibbs' inequality, KL ≥ 0, sharpened by Pinsker's: KL(p ‖ q) ≥ ½ (Σ|pᵢ − qᵢ|)², so KL = 0 forces p = q.
        var kl = Information.KlDivergence(pair.P.Vector, pair.Q.Vector);
        var l1 = (pair.P.Vector - pair.Q.Vector).L1Norm();
        kl.ShouldBeAtLeast(-1e-15, $"Gibbs' inequality: coding with the wrong q never saves bits ({pair})", InformationSuspects.OfKlDivergence(pair.P.Vector, pair.Q.Vector));
        kl.Should().BeGreaterThanOrEqualTo(
            0.5 * l1 * l1 - 1e-12, "Pinsker's inequality KL ≥ ½‖p − q‖₁² ({0}): KL is 0 only when p = q", pair);
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void KL_is_cross_entropy_minus_entropy(DistributionPair pair) => Counterexample.At(pair, () =>
    {
        // Σ pᵢ ln(pᵢ/qᵢ) = −Σ pᵢ ln qᵢ − (−Σ pᵢ ln pᵢ): the same identity as in CrossEntropyTests, from KL's side.
        var (p, q) = (pair.P.Vector, pair.Q.Vector);
        Information.KlDivergence(p, q).ShouldBeCloseTo(
            Oracle.CrossEntropy(p, q) - Oracle.Entropy(p),
            $"KL(p ‖ q) = H(p, q) − H(p), with the reference H(p, q) and H ({pair})");
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void For_a_one_hot_p_KL_is_minus_log_q_of_the_label(Distribution q, NonNegativeInt label) => Counterexample.At($"q = {q}, label = {label.Get}", () =>
    {
        // p = onehot(y): H(p) = 0, so KL(p ‖ q) = H(p, q) = −ln q_y.
        var y = label.Get % q.Count;
        Information.KlDivergence(OneHot(q.Count, y), q.Vector).ShouldBeCloseTo(
            -Math.Log(q.Values[y]), $"H(onehot) = 0, so KL equals the cross-entropy −ln q[{y}] (q = {q})");
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void Bits_are_nats_divided_by_ln_2(DistributionPair pair) => Counterexample.At(pair, () =>
        Information.KlDivergence(pair.P.Vector, pair.Q.Vector, 2).ShouldBeCloseTo(
            Information.KlDivergence(pair.P.Vector, pair.Q.Vector) / Math.Log(2), $"log₂ x = ln x / ln 2 ({pair})",
            InformationSuspects.OfKlDivergence(pair.P.Vector, pair.Q.Vector, 2)));

    [Theory]
    [MemberData(nameof(BadDistributionPairs.Problems), MemberType = typeof(BadDistributionPairs))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem) =>
        BadDistributionPairs.ShouldBeRejected("Information.KlDivergence", Information.KlDivergence, problem);
}
