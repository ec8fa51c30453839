using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level3;

[Exercise("Losses.BinaryCrossEntropyWithLogits")]
public sealed class BinaryCrossEntropyWithLogitsTests
{
    /// <summary>BCE(σ(z), y) loses digits as σ(z) nears 0 or 1 (1 − σ(10) = 4.5e-5 keeps ~11 of 16), so the
    /// identity is checked for |z| ≤ 10 at 1e-9 rather than at the reference 1e-10.</summary>
    internal const double ThroughSigmoidTolerance = 1e-9;

    /// <summary>σ(z) = 1 / (1 + e^−z), written out here so that level 3 does not wait for level 4's Sigmoid.</summary>
    private static double Logistic(double z) => 1 / (1 + Math.Exp(-z));

    [Probe("Losses.BinaryCrossEntropyWithLogits")]
    internal static void Probe() => Losses.BinaryCrossEntropyWithLogits(V(2), V(1));

    public static TheoryData<string> PyTorchCases => PyTorchLevels1To5.Names(PyTorchLevels1To5.BinaryCrossEntropyWithLogits);

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Agrees_with_PyTorch_for_mean_and_sum(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevels1To5.BinaryCrossEntropyWithLogits, name);
        var (z, y) = (V(reference.Inputs), V(reference.Targets));
        Losses.BinaryCrossEntropyWithLogits(z, y).ShouldBeCloseTo(
            reference.Mean, $"F.binary_cross_entropy_with_logits(z = {Show(z)}, y = {Show(y)}), reduction='mean' ('{name}')",
            BinarySuspects.OfLogits(z, y));
        Losses.BinaryCrossEntropyWithLogits(z, y, Reduction.Sum).ShouldBeCloseTo(
            reference.Sum, $"reduction='sum' adds the per-element losses ('{name}')", BinarySuspects.OfLogits(z, y, Reduction.Sum));
    }

    [Fact]
    public void Small_logits_match_the_values_worked_out_by_hand()
    {
        // z = 0 means σ = ½ whatever the label: −ln ½ = ln 2. z = 2, y = 1: ln(1 + e^−2) = 0.1269280.
        Losses.BinaryCrossEntropyWithLogits(V(0), V(1)).ShouldBeCloseTo(Math.Log(2), "a logit of 0 is a probability of ½", BinarySuspects.OfLogits(V(0), V(1)));
        Losses.BinaryCrossEntropyWithLogits(V(0, 0), V(0, 0.3)).ShouldBeCloseTo(
            Math.Log(2), "at z = 0 the loss is ln 2 whatever the target, soft ones too", BinarySuspects.OfLogits(V(0, 0), V(0, 0.3)));
        Losses.BinaryCrossEntropyWithLogits(V(2), V(1)).ShouldBeCloseTo(0.12692801104297263, "−ln σ(2) = ln(1 + e^−2)", BinarySuspects.OfLogits(V(2), V(1)));
        Losses.BinaryCrossEntropyWithLogits(V(2), V(0)).ShouldBeCloseTo(2.1269280110429727, "−ln(1 − σ(2)) = 2 + ln(1 + e^−2)", BinarySuspects.OfLogits(V(2), V(0)));
    }

    [Fact]
    public void Logits_of_plus_or_minus_1000_give_the_exact_finite_loss()
    {
        // z = 1000, y = 0: ℓ = max(z, 0) − z·y + ln(1 + e^−|z|) = 1000 + ln(1 + e^−1000) = 1000.
        Losses.BinaryCrossEntropyWithLogits(V(1000), V(0)).ShouldBeCloseTo(
            1000, "σ(1000) rounds to 1 and ln(1 − 1) = −∞; the stable form max(z, 0) − z·y + ln(1 + e^−|z|) gives 1000", BinarySuspects.OfLogits(V(1000), V(0)), 0);
        Losses.BinaryCrossEntropyWithLogits(V(-1000), V(1)).ShouldBeCloseTo(
            1000, "e^1000 overflows; the stable form never exponentiates a positive number", BinarySuspects.OfLogits(V(-1000), V(1)), 0);
        Losses.BinaryCrossEntropyWithLogits(V(1000, -1000), V(1, 0)).ShouldBeCloseTo(
            0, "a confident right answer costs nothing, not NaN", BinarySuspects.OfLogits(V(1000, -1000), V(1, 0)), 0);
    }

    [Fact]
    public void The_logits_form_stays_exact_where_the_probability_form_saturates()
    {
        var throughSigmoid = Oracle.BinaryCrossEntropy(V(Logistic(1000)), V(0));
        throughSigmoid.Should().Be(100, "σ(1000) is 1.0 in float64, so the (reference) BCE only sees the clamped −100");
        Losses.BinaryCrossEntropyWithLogits(V(1000), V(0)).Should().Be(
            1000, "the logits form never rounds σ(z): a logit of 1000 for the wrong class costs 1000, ten times the clamped value");
    }

    [Property(Arbitrary = [typeof(LossGenerators)])]
    public void Equals_binary_cross_entropy_of_the_sigmoid_where_that_is_accurate(ModerateLogitBatch batch) => Counterexample.At(batch, () =>
    {
        var probabilities = V(batch.Logits.Select(Logistic).ToArray());
        Losses.BinaryCrossEntropyWithLogits(V(batch.Logits), V(batch.Targets)).ShouldBeCloseTo(
            Oracle.BinaryCrossEntropy(probabilities, V(batch.Targets)),
            $"BCE with logits is BCE(σ(z), y) (the reference BCE), only computed without rounding σ ({batch})",
            ThroughSigmoidTolerance);
    });

    [Property(Arbitrary = [typeof(LossGenerators)])]
    public void The_loss_is_finite_and_not_negative_for_any_finite_logit(LogitBatch batch) => Counterexample.At(batch, () =>
    {
        var loss = Losses.BinaryCrossEntropyWithLogits(V(batch.Logits), V(batch.Targets));
        double.IsFinite(loss).Should().BeTrue("logits up to ±1000 must give a finite loss ({0}), got {1}", batch, loss);
        loss.ShouldBeAtLeast(0, $"each term is −ln of a probability ({batch})", BinarySuspects.OfLogits(V(batch.Logits), V(batch.Targets)));
    });

    [Fact]
    public void A_soft_target_is_matched_best_by_the_logit_of_that_target()
    {
        // y = ¼ is best predicted by σ(z) = ¼, i.e. z = ln(¼ / ¾) = −ln 3; the loss there is H(¼) = 0.5623351 nats.
        var best = -Math.Log(3);
        var atBest = Losses.BinaryCrossEntropyWithLogits(V(best), V(0.25));
        atBest.ShouldBeCloseTo(0.56233514461880829, "−¼ ln ¼ − ¾ ln ¾: soft targets are allowed and the minimum is their entropy", BinarySuspects.OfLogits(V(best), V(0.25)));
        Losses.BinaryCrossEntropyWithLogits(V(best + 0.1), V(0.25)).Should().BeGreaterThan(atBest, "moving the logit away from −ln 3 costs more");
        Losses.BinaryCrossEntropyWithLogits(V(best - 0.1), V(0.25)).Should().BeGreaterThan(atBest, "in both directions");
    }

    [Property(Arbitrary = [typeof(Generators), typeof(LossGenerators)])]
    public void Sum_is_the_number_of_elements_times_Mean(LogitBatch batch) => Counterexample.At(batch, () =>
    {
        var (z, y) = (V(batch.Logits), V(batch.Targets));
        Losses.BinaryCrossEntropyWithLogits(z, y, Reduction.Sum).ShouldBeCloseTo(
            Losses.BinaryCrossEntropyWithLogits(z, y) * z.Count, $"Mean divides the Sum by the {z.Count} elements ({batch})");
    });

    [Theory]
    [MemberData(nameof(BadBinaryInput.LogitProblems), MemberType = typeof(BadBinaryInput))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem) =>
        BadBinaryInput.LogitsShouldBeRejected(problem);
}
