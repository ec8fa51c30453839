using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level3;

[Exercise("Losses.BinaryCrossEntropy")]
public sealed class BinaryCrossEntropyTests
{
    [Probe("Losses.BinaryCrossEntropy")]
    internal static void Probe() => Losses.BinaryCrossEntropy(V(0.9), V(1));

    public static TheoryData<string> PyTorchCases => PyTorchLevels1To5.Names(PyTorchLevels1To5.BinaryCrossEntropy);

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Agrees_with_PyTorch_for_mean_and_sum(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevels1To5.BinaryCrossEntropy, name);
        var (p, y) = (V(reference.Inputs), V(reference.Targets));
        Losses.BinaryCrossEntropy(p, y).ShouldBeCloseTo(
            reference.Mean, $"F.binary_cross_entropy(p = {Show(p)}, y = {Show(y)}) with its default reduction='mean' ('{name}')",
            BinarySuspects.OfProbabilities(p, y));
        Losses.BinaryCrossEntropy(p, y, Reduction.Sum).ShouldBeCloseTo(
            reference.Sum, $"reduction='sum' adds the per-element losses ('{name}')", BinarySuspects.OfProbabilities(p, y, Reduction.Sum));
    }

    [Fact]
    public void A_cat_labelled_one_is_rewarded_for_a_large_probability()
    {
        // y = 1 (it is a cat): ℓ = −ln p. Saying "cat" with p = 0.9 costs −ln 0.9 = 0.1053605; with p = 0.1, 2.3025851.
        Losses.BinaryCrossEntropy(V(0.9), V(1)).ShouldBeCloseTo(0.10536051565782630, "for y = 1 only the −y·ln p term is left", BinarySuspects.OfProbabilities(V(0.9), V(1)));
        Losses.BinaryCrossEntropy(V(0.1), V(1)).ShouldBeCloseTo(2.3025850929940457, "a confident 'dog' for a cat costs −ln 0.1", BinarySuspects.OfProbabilities(V(0.1), V(1)));
        var losses = Enumerable.Range(1, 9).Select(tenth => Losses.BinaryCrossEntropy(V(tenth / 10.0), V(1))).ToArray();
        losses.Should().BeInDescendingOrder("the more probability given to 'cat', the smaller the loss when it is a cat");
    }

    [Fact]
    public void A_dog_labelled_zero_is_rewarded_for_a_small_probability()
    {
        // y = 0 (it is a dog): ℓ = −ln(1 − p). p = 0.1 costs −ln 0.9 = 0.1053605; p = 0.9 costs −ln 0.1 = 2.3025851.
        Losses.BinaryCrossEntropy(V(0.1), V(0)).ShouldBeCloseTo(0.10536051565782630, "for y = 0 only the −(1 − y)·ln(1 − p) term is left", BinarySuspects.OfProbabilities(V(0.1), V(0)));
        Losses.BinaryCrossEntropy(V(0.9), V(0)).ShouldBeCloseTo(2.3025850929940457, "a confident 'cat' for a dog costs −ln(1 − 0.9)", BinarySuspects.OfProbabilities(V(0.9), V(0)));
        var losses = Enumerable.Range(1, 9).Select(tenth => Losses.BinaryCrossEntropy(V(tenth / 10.0), V(0))).ToArray();
        losses.Should().BeInAscendingOrder("the more probability given to 'cat', the larger the loss when it is a dog");
    }

    [Fact]
    public void Mean_divides_the_sum_by_the_number_of_elements()
    {
        // Cat (p 0.9), dog (p 0.2), cat (p 0.6): −ln 0.9 − ln 0.8 − ln 0.6 = 0.1053605 + 0.2231436 + 0.5108256 = 0.8393297.
        var (p, y) = (V(0.9, 0.2, 0.6), V(1, 0, 1));
        Losses.BinaryCrossEntropy(p, y, Reduction.Sum).ShouldBeCloseTo(0.83932969073802675, "Sum adds the three per-picture losses", BinarySuspects.OfProbabilities(p, y, Reduction.Sum));
        Losses.BinaryCrossEntropy(p, y).ShouldBeCloseTo(0.83932969073802675 / 3, "Mean (the default) divides by the 3 elements", BinarySuspects.OfProbabilities(p, y));
    }

    [Fact]
    public void Each_log_is_clamped_at_minus_100_so_a_certain_mistake_costs_100()
    {
        Losses.BinaryCrossEntropy(V(0), V(1)).ShouldBeCloseTo(100, "PyTorch clamps ln 0 = −∞ at −100", BinarySuspects.OfProbabilities(V(0), V(1)), 0);
        Losses.BinaryCrossEntropy(V(1), V(0)).ShouldBeCloseTo(100, "ln(1 − 1) is clamped at −100 too", BinarySuspects.OfProbabilities(V(1), V(0)), 0);
        Losses.BinaryCrossEntropy(V(1e-50), V(1)).ShouldBeCloseTo(
            100, "ln 1e-50 = −115.1 is below the clamp, so it counts as −100", BinarySuspects.OfProbabilities(V(1e-50), V(1)), 0);
    }

    [Fact]
    public void A_certain_and_right_prediction_costs_nothing_not_NaN() =>
        Losses.BinaryCrossEntropy(V(0, 1), V(0, 1)).ShouldBeCloseTo(
            0, "the unused term is 0·max(ln 0, −100) = 0·(−100) = 0", BinarySuspects.OfProbabilities(V(0, 1), V(0, 1)), 0);

    [Property(Arbitrary = [typeof(LossGenerators)])]
    public void Binary_cross_entropy_is_the_cross_entropy_of_two_classes(ProbabilityBatch batch) => Counterexample.At(batch, () =>
    {
        // Outcome "1" with probability y (true) and p (predicted), outcome "0" with 1 − y and 1 − p.
        for (var i = 0; i < batch.Probabilities.Length; i++)
        {
            var (p, y) = (batch.Probabilities[i], batch.Targets[i]);
            Losses.BinaryCrossEntropy(V(p), V(y)).ShouldBeCloseTo(
                Oracle.CrossEntropy(V(y, 1 - y), V(p, 1 - p)),
                $"BCE(p, y) = H((y, 1 − y), (p, 1 − p)), level 2's cross-entropy (the reference) for p = {p:R}, y = {y:R}");
        }
    });

    [Property(Arbitrary = [typeof(LossGenerators)])]
    public void A_soft_target_is_matched_best_by_predicting_it_and_then_the_loss_is_its_entropy(ProbabilityBatch batch) => Counterexample.At(batch, () =>
    {
        // Gibbs' inequality for two outcomes: BCE(p, y) = H(y) + KL(y ‖ p) ≥ H(y), with equality at p = y.
        for (var i = 0; i < batch.Probabilities.Length; i++)
        {
            var (p, y) = (batch.Probabilities[i], batch.Targets[i]);
            var best = Losses.BinaryCrossEntropy(V(y), V(y));
            best.ShouldBeCloseTo(Oracle.Entropy(V(y, 1 - y)), $"predicting the soft target y = {y:R} itself costs its entropy H(y, 1 − y) (the reference entropy)");
            Losses.BinaryCrossEntropy(V(p), V(y)).Should().BeGreaterThanOrEqualTo(
                best - 1e-12, "no prediction beats p = y for the soft target y = {0} (p = {1})", y, p);
        }
    });

    [Property(Arbitrary = [typeof(LossGenerators)])]
    public void Equals_the_logits_form_at_the_logit_whose_sigmoid_is_the_probability(ModerateLogitBatch batch) => Counterexample.At(batch, () =>
    {
        // The identity of BinaryCrossEntropyWithLogitsTests, from this side: BCE(σ(z), y) = BCEWithLogits(z, y),
        // with the reference logits form, at the tolerance explained there.
        var probabilities = V(batch.Logits.Select(Oracle.Sigmoid).ToArray());
        Losses.BinaryCrossEntropy(probabilities, V(batch.Targets)).ShouldBeCloseTo(
            Oracle.BinaryCrossEntropyWithLogits(V(batch.Logits), V(batch.Targets)),
            $"BCE(σ(z), y) is the reference BCE with logits at z ({batch})",
            BinaryCrossEntropyWithLogitsTests.ThroughSigmoidTolerance);
    });

    [Property(Arbitrary = [typeof(LossGenerators)])]
    public void Sum_is_the_number_of_elements_times_Mean_and_neither_is_negative(ProbabilityBatch batch) => Counterexample.At(batch, () =>
    {
        var (p, y) = (V(batch.Probabilities), V(batch.Targets));
        var mean = Losses.BinaryCrossEntropy(p, y);
        mean.ShouldBeAtLeast(0, $"every term −[y ln p + (1 − y) ln(1 − p)] is ≥ 0 ({batch})", BinarySuspects.OfProbabilities(p, y));
        Losses.BinaryCrossEntropy(p, y, Reduction.Sum).ShouldBeCloseTo(
            mean * p.Count, $"Mean is the Sum divided by the {p.Count} elements ({batch})");
    });

    [Theory]
    [MemberData(nameof(BadBinaryInput.ProbabilityProblems), MemberType = typeof(BadBinaryInput))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem) =>
        BadBinaryInput.ProbabilitiesShouldBeRejected(problem);
}
