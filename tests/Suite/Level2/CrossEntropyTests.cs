using FsCheck;
using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level2;

[Exercise("Information.CrossEntropy")]
public sealed class CrossEntropyTests
{
    [Probe("Information.CrossEntropy")]
    internal static void Probe() => Information.CrossEntropy(V(0.5, 0.5), V(0.25, 0.75));

    public static TheoryData<string> PyTorchCases => PyTorchLevels1To5.Names(PyTorchLevels1To5.DistributionPairs);

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Agrees_with_PyTorch(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevels1To5.DistributionPairs, name);
        Information.CrossEntropy(V(reference.P), V(reference.Q)).ShouldBeCloseTo(
            reference.CrossEntropy,
            $"PyTorch gives H(p, q) = −Σ xlogy(p, q) for p = {Show(reference.P)}, q = {Show(reference.Q)} ('{name}')",
            InformationSuspects.OfCrossEntropy(V(reference.P), V(reference.Q)));
    }

    [Fact]
    public void A_fair_coin_coded_for_a_biased_one_matches_the_value_worked_out_by_hand() =>
        // H = −½ ln ¼ − ½ ln ¾ = 0.6931472 + 0.1438410 = 0.8369882 nats
        Information.CrossEntropy(V(0.5, 0.5), V(0.25, 0.75))
            .ShouldBeCloseTo(0.83698821678583583, "H(p, q) = −Σ pᵢ ln qᵢ, with the true p as weights and the predicted q inside the log",
                InformationSuspects.OfCrossEntropy(V(0.5, 0.5), V(0.25, 0.75)));

    [Fact]
    public void The_doc_table_of_cross_entropies()
    {
        // docs/level-2-cross-entropy-and-kl.md: H((0.9, 0.1), (0.5, 0.5)) = ln 2; H((0.5, 0.5), (0.9, 0.1)) = −½ ln 0.9 − ½ ln 0.1 = 1.2039728.
        Information.CrossEntropy(V(0.9, 0.1), V(0.5, 0.5)).ShouldBeCloseTo(
            Math.Log(2), "coding for a fair coin costs ln 2 whatever the truth", InformationSuspects.OfCrossEntropy(V(0.9, 0.1), V(0.5, 0.5)));
        Information.CrossEntropy(V(0.5, 0.5), V(0.9, 0.1)).ShouldBeCloseTo(
            1.2039728043259361, "−½ ln 0.9 − ½ ln 0.1: the rare outcome under q happens half the time under p",
            InformationSuspects.OfCrossEntropy(V(0.5, 0.5), V(0.9, 0.1)));
    }

    [Fact]
    public void The_default_base_is_e_and_base_2_gives_bits()
    {
        // In bits: −½ log₂ ¼ − ½ log₂ ¾ = 1 + 0.2075187 = 1.2075187; in nats the same times ln 2 = 0.8369882.
        Information.CrossEntropy(V(0.5, 0.5), V(0.25, 0.75))
            .ShouldBeCloseTo(1.2075187496394219 * Math.Log(2), "without a base argument the logarithm is natural (nats), as in PyTorch",
                InformationSuspects.OfCrossEntropy(V(0.5, 0.5), V(0.25, 0.75)));
        Information.CrossEntropy(V(0.5, 0.5), V(0.25, 0.75), logBase: 2)
            .ShouldBeCloseTo(1.2075187496394219, "log₂ x = ln x / ln 2", InformationSuspects.OfCrossEntropy(V(0.5, 0.5), V(0.25, 0.75), 2));
    }

    [Fact]
    public void An_outcome_with_zero_probability_contributes_nothing_even_where_q_is_zero() =>
        // p₂ = q₂ = 0: the term 0·ln 0 counts as 0. H = −½ ln ¼ − ½ ln ¾ = 0.8369882.
        Information.CrossEntropy(V(0.5, 0, 0.5), V(0.25, 0, 0.75))
            .ShouldBeCloseTo(0.83698821678583583, "a term with pᵢ = 0 contributes 0", InformationSuspects.OfCrossEntropy(V(0.5, 0, 0.5), V(0.25, 0, 0.75)));

    [Fact]
    public void Cross_entropy_is_infinite_when_the_model_called_a_possible_outcome_impossible() =>
        Information.CrossEntropy(V(0.5, 0.5), V(1, 0)).Should().Be(
            double.PositiveInfinity, "q₁ = 0 < p₁ = 0.5: an outcome that happens half the time was given probability 0, so its surprise −ln 0 is infinite");

    [Property(Arbitrary = [typeof(Generators)])]
    public void Cross_entropy_is_entropy_plus_KL_divergence(DistributionPair pair) => Counterexample.At(pair, () =>
    {
        // −Σ pᵢ ln qᵢ = −Σ pᵢ ln pᵢ + Σ pᵢ ln(pᵢ/qᵢ): both sides are the same sum, split in two.
        var (p, q) = (pair.P.Vector, pair.Q.Vector);
        Information.CrossEntropy(p, q).ShouldBeCloseTo(
            Oracle.Entropy(p) + Oracle.KlDivergence(p, q),
            $"H(p, q) = H(p) + KL(p ‖ q), with the reference H and KL ({pair})");
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void The_cross_entropy_of_a_distribution_with_itself_is_its_entropy(Distribution p) => Counterexample.At($"p = {p}", () =>
        Information.CrossEntropy(p.Vector, p.Vector).ShouldBeCloseTo(
            Oracle.Entropy(p.Vector), $"coding p for p itself costs exactly H(p), here the reference entropy (p = {p})"));

    [Property(Arbitrary = [typeof(Generators)])]
    public void For_a_one_hot_p_cross_entropy_is_minus_log_q_of_the_label(Distribution q, NonNegativeInt label) => Counterexample.At($"q = {q}, label = {label.Get}", () =>
    {
        // p = onehot(y): H(p) = 0, so H(p, q) = −ln q_y, the loss of a classifier that predicted q.
        var y = label.Get % q.Count;
        Information.CrossEntropy(OneHot(q.Count, y), q.Vector).ShouldBeCloseTo(
            -Math.Log(q.Values[y]), $"only the label's term survives: −ln q[{y}] (q = {q})");
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void Bits_are_nats_divided_by_ln_2(DistributionPair pair) => Counterexample.At(pair, () =>
        Information.CrossEntropy(pair.P.Vector, pair.Q.Vector, 2).ShouldBeCloseTo(
            Information.CrossEntropy(pair.P.Vector, pair.Q.Vector) / Math.Log(2), $"log₂ x = ln x / ln 2 ({pair})",
            InformationSuspects.OfCrossEntropy(pair.P.Vector, pair.Q.Vector, 2)));

    [Fact]
    public void A_sum_within_the_tolerance_is_accepted_as_a_distribution()
    {
        // Probabilities read from text with a few decimals rarely add up to exactly 1; half the tolerance is fine.
        var q = V(0.25, 0.75 + Guard.DistributionSumTolerance / 2);
        Information.CrossEntropy(V(0.5, 0.5), q).ShouldBeCloseTo(
            -0.5 * Math.Log(0.25) - 0.5 * Math.Log(q[1]), "a sum within Guard.DistributionSumTolerance of 1 counts as 1, and q is used as given");
    }

    [Theory]
    [MemberData(nameof(BadDistributionPairs.Problems), MemberType = typeof(BadDistributionPairs))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem) =>
        BadDistributionPairs.ShouldBeRejected("Information.CrossEntropy", Information.CrossEntropy, problem);
}
