using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level5;

[Exercise("Losses.CrossEntropy")]
public sealed class CrossEntropyLossTests
{
    [Probe("Losses.CrossEntropy")]
    internal static void Probe() => Losses.CrossEntropy(M([[2.0, 1.0, 0.1]]), [0]);

    public static TheoryData<string> PyTorchCases => PyTorchLevels1To5.Names(PyTorchLevels1To5.CrossEntropy);

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Agrees_with_PyTorch_for_mean_and_sum(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevels1To5.CrossEntropy, name);
        var logits = M(reference.Rows);
        Losses.CrossEntropy(logits, reference.Labels).ShouldBeCloseTo(
            reference.Mean, $"F.cross_entropy(logits = {Show(logits)}, y = [{string.Join(", ", reference.Labels)}]), reduction='mean' ('{name}')",
            [.. BatchLossSuspects.OfCrossEntropy(logits, reference.Labels),
             Suspect.IfNotFinite("softmax is exponentiated without subtracting the max, so e^1000 overflows")]);
        Losses.CrossEntropy(logits, reference.Labels, Reduction.Sum).ShouldBeCloseTo(
            reference.Sum, $"reduction='sum' adds the per-sample losses ('{name}')", BatchLossSuspects.OfCrossEntropy(logits, reference.Labels, Reduction.Sum));
    }

    [Fact]
    public void One_sample_matches_the_value_worked_out_by_hand() =>
        // LSE(2, 1, 0.1) = ln(7.3890561 + 2.7182818 + 1.1051709) = ln 11.2125088 = 2.4170300; ℓ = LSE − z₀ = 0.4170300.
        Losses.CrossEntropy(M([[2.0, 1.0, 0.1]]), [0]).ShouldBeCloseTo(
            0.41703001627783354, "ℓ = −log softmax(z)_y = LSE(z) − z_y", BatchLossSuspects.OfCrossEntropy(M([[2.0, 1.0, 0.1]]), [0]));

    [Fact]
    public void Logits_of_plus_or_minus_1000_give_the_exact_finite_loss()
    {
        // LSE(1000, 0, −1000) = 1000 + ln(1 + e^−1000 + e^−2000) = 1000.
        var logits = M([[1000, 0, -1000]]);
        Losses.CrossEntropy(logits, [0]).ShouldBeCloseTo(
            0, "the label has all the probability", [.. BatchLossSuspects.OfCrossEntropy(logits, [0]), Suspect.IfNaN("e^1000 overflowed: subtract the max before exponentiating")], 0);
        Losses.CrossEntropy(logits, [2]).ShouldBeCloseTo(
            2000, "LSE − z₂ = 1000 − (−1000)", [.. BatchLossSuspects.OfCrossEntropy(logits, [2]), Suspect.IfNaN("e^1000 overflowed: subtract the max before exponentiating")], 0);
    }

    [Fact]
    public void Mean_divides_by_the_batch_size_not_by_the_number_of_classes()
    {
        // Sample losses: LSE(2, 1, 0.1) − 2 = 0.4170300 and LSE(0.5, 2.5, 0.3) − 2.5 = 0.2200495; Sum 0.6370795.
        var logits = M([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]]);
        Losses.CrossEntropy(logits, [0, 1], Reduction.Sum).ShouldBeCloseTo(0.63707953929837141, "Sum adds one loss per sample", BatchLossSuspects.OfCrossEntropy(logits, [0, 1], Reduction.Sum));
        Losses.CrossEntropy(logits, [0, 1]).ShouldBeCloseTo(
            0.63707953929837141 / 2, "Mean divides by the batch size N = 2", BatchLossSuspects.OfCrossEntropy(logits, [0, 1]));
    }

    [Fact]
    public void Probabilities_fed_in_place_of_logits_give_a_different_wrong_loss()
    {
        // The model already output q = (0.4, 0.3, 0.05, 0.05, 0.2) for a sample of class 0; the right loss is −ln 0.4 = 0.9162907.
        // ln q are valid logits (LSE(ln q) = ln 1 = 0), so CrossEntropy(ln q) = −ln 0.4. Feeding q itself applies softmax a
        // second time: LSE(q) − q₀ = ln(e^0.4 + e^0.3 + 2e^0.05 + e^0.2) − 0.4 = 1.8189901 − 0.4 = 1.4189901.
        var q = new[] { 0.4, 0.3, 0.05, 0.05, 0.2 };
        var logQ = M([q.Select(value => Math.Log(value)).ToArray()]);
        Losses.CrossEntropy(logQ, [0]).ShouldBeCloseTo(
            -Math.Log(0.4), "log-probabilities are logits whose softmax is q itself", BatchLossSuspects.OfCrossEntropy(logQ, [0]));
        Losses.CrossEntropy(M([q]), [0]).ShouldBeCloseTo(
            1.4189900707768042, "cross-entropy applies softmax to its input, so probabilities in place of logits are squashed a second time");
    }

    [Fact]
    public void Softmax_outputs_fed_back_in_can_never_reach_a_small_loss()
    {
        // With inputs in [0, 1], LSE(q) − q_y ≥ ln(e^q_y + (C − 1)) − q_y ≥ ln(1 + (C − 1)/e), reached at q_y = 1:
        // for C = 5 at least ln(1 + 4/e) = 0.9048 even for a perfect prediction, whose true loss is 0.
        var perfect = Oracle.Softmax(M([[1000.0, 0, 0, 0, 0]]));
        Losses.CrossEntropy(M([[1000.0, 0, 0, 0, 0]]), [0]).ShouldBeCloseTo(
            0, "from logits, a perfect prediction costs nothing", BatchLossSuspects.OfCrossEntropy(M([[1000.0, 0, 0, 0, 0]]), [0]), 0);
        Losses.CrossEntropy(perfect, [0]).ShouldBeCloseTo(
            Math.Log(1 + 4 / Math.E), "softmax(softmax(z)) squashes the prediction towards uniform: the loss is stuck above ln(1 + 4/e) and training stalls");
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public void Cross_entropy_is_NLL_of_the_log_softmax(LabelledBatch batch) => Counterexample.At(batch, () =>
    {
        var logSoftmax = Oracle.LogSoftmax(batch.Logits);
        foreach (var reduction in new[] { Reduction.Mean, Reduction.Sum })
        {
            Losses.CrossEntropy(batch.Logits, batch.Labels, reduction).ShouldBeCloseTo(
                Oracle.NllLoss(logSoftmax, batch.Labels, reduction),
                $"CrossEntropy(z, y) = NllLoss(LogSoftmax(z), y), with the reference NllLoss and LogSoftmax, reduction {reduction} ({batch})");
        }
    });

    [Property(Arbitrary = [typeof(LossGenerators)])]
    public void Cross_entropy_is_the_batch_mean_of_the_cross_entropy_between_one_hot_labels_and_softmax(ModerateLabelledBatch moderate) => Counterexample.At(moderate, () =>
    {
        var batch = moderate.Batch;
        var perSample = batch.Rows.Select((row, i) =>
            Oracle.CrossEntropy(OneHot(batch.Classes, batch.Labels[i]), Oracle.Softmax(V(row))));
        Losses.CrossEntropy(batch.Logits, batch.Labels).ShouldBeCloseTo(
            perSample.Average(), $"ℓ = (1/N) Σᵢ H(onehot(yᵢ), softmax(zᵢ)): level 2's cross-entropy of level 4's softmax (both the reference), averaged over the batch ({batch})");
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void Adding_a_constant_to_a_row_of_logits_does_not_change_the_loss(LabelledBatch batch, int shift) => Counterexample.At($"{batch}, c = {shift}", () =>
        Losses.CrossEntropy(batch.Logits + shift, batch.Labels).ShouldBeCloseTo(
            Losses.CrossEntropy(batch.Logits, batch.Labels), $"softmax is shift-invariant, so only differences of logits matter ({batch}, c = {shift})"));

    [Theory]
    [MemberData(nameof(BadLabelledBatch.Problems), MemberType = typeof(BadLabelledBatch))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem) =>
        BadLabelledBatch.CrossEntropyShouldReject(problem);
}
