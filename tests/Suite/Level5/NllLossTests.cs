using FsCheck;
using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level5;

[Exercise("Losses.NllLoss")]
public sealed class NllLossTests
{
    [Probe("Losses.NllLoss")]
    internal static void Probe() => Losses.NllLoss(M([[-0.5, -1.2, -2.0]]), [2]);

    public static TheoryData<string> PyTorchCases => PyTorchLevels1To5.Names(PyTorchLevels1To5.NllLoss);

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Agrees_with_PyTorch_for_mean_and_sum(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevels1To5.NllLoss, name);
        var logProbabilities = M(reference.Rows);
        Losses.NllLoss(logProbabilities, reference.Labels).ShouldBeCloseTo(
            reference.Mean, $"F.nll_loss(log q, y = [{string.Join(", ", reference.Labels)}]), reduction='mean' divides by the batch size ('{name}')",
            BatchLossSuspects.OfNllLoss(logProbabilities, reference.Labels));
        Losses.NllLoss(logProbabilities, reference.Labels, Reduction.Sum).ShouldBeCloseTo(
            reference.Sum, $"reduction='sum' adds the per-sample losses ('{name}')", BatchLossSuspects.OfNllLoss(logProbabilities, reference.Labels, Reduction.Sum));
    }

    [Fact]
    public void Each_sample_costs_minus_the_log_probability_of_its_label() =>
        // Row (ln 0.2, ln 0.7, ln 0.1), label 1: −ln 0.7 = 0.3566749. The other entries are not read.
        Losses.NllLoss(M([[Math.Log(0.2), Math.Log(0.7), Math.Log(0.1)]]), [1]).ShouldBeCloseTo(
            0.35667494393873238, "NLL picks the label's log-probability and negates it", BatchLossSuspects.OfNllLoss(M([[Math.Log(0.2), Math.Log(0.7), Math.Log(0.1)]]), [1]));

    [Fact]
    public void Mean_divides_by_the_batch_size_not_by_the_number_of_entries()
    {
        // Labels 2 and 0 pick −2.0 and −0.1: Sum = 2.0 + 0.1 = 2.1, Mean = 2.1 / 2 = 1.05.
        var logProbabilities = M([[-0.5, -1.2, -2.0], [-0.1, -3.0, -4.0]]);
        Losses.NllLoss(logProbabilities, [2, 0], Reduction.Sum).ShouldBeCloseTo(2.1, "Sum adds one term per sample", BatchLossSuspects.OfNllLoss(logProbabilities, [2, 0], Reduction.Sum));
        Losses.NllLoss(logProbabilities, [2, 0]).ShouldBeCloseTo(1.05, "Mean divides by the batch size N = 2", BatchLossSuspects.OfNllLoss(logProbabilities, [2, 0]));
    }

    [Fact]
    public void Minus_infinity_is_allowed_and_only_matters_at_the_label()
    {
        var logProbabilities = M([[0, double.NegativeInfinity]]);
        Losses.NllLoss(logProbabilities, [0]).Should().Be(0, "probability 1 at the label costs −ln 1 = 0; the −∞ of the other class is never read");
        Losses.NllLoss(logProbabilities, [1]).Should().Be(double.PositiveInfinity, "probability 0 at the label costs −ln 0 = +∞");
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public void NLL_of_log_probabilities_is_the_cross_entropy_with_the_one_hot_label(Distribution q, NonNegativeInt label) => Counterexample.At($"q = {q}, label = {label.Get}", () =>
    {
        var y = label.Get % q.Count;
        var logQ = M([q.Values.Select(value => Math.Log(value)).ToArray()]);
        Losses.NllLoss(logQ, [y]).ShouldBeCloseTo(
            Oracle.CrossEntropy(OneHot(q.Count, y), q.Vector), $"−ln q_y = H(onehot(y), q), level 2's cross-entropy (the reference), for q = {q}, y = {y}");
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void NLL_of_the_log_softmax_is_the_cross_entropy_of_the_logits(LabelledBatch batch) => Counterexample.At(batch, () =>
    {
        // The identity of CrossEntropyLossTests, from this side: NllLoss(LogSoftmax(z), y) = CrossEntropy(z, y).
        var logSoftmax = Oracle.LogSoftmax(batch.Logits);
        foreach (var reduction in new[] { Reduction.Mean, Reduction.Sum })
        {
            Losses.NllLoss(logSoftmax, batch.Labels, reduction).ShouldBeCloseTo(
                Oracle.CrossEntropy(batch.Logits, batch.Labels, reduction),
                $"NllLoss(LogSoftmax(z), y) = CrossEntropy(z, y), with the reference LogSoftmax and CrossEntropy, reduction {reduction} ({batch})");
        }
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void Sum_is_the_batch_size_times_Mean(LabelledBatch batch) => Counterexample.At(batch, () =>
    {
        var logProbabilities = -batch.Logits.PointwiseAbs();
        Losses.NllLoss(logProbabilities, batch.Labels, Reduction.Sum).ShouldBeCloseTo(
            Losses.NllLoss(logProbabilities, batch.Labels) * batch.Labels.Length,
            $"Mean divides the Sum by the batch size N = {batch.Labels.Length}, whatever the number of classes C = {batch.Classes}");
    });

    [Theory]
    [MemberData(nameof(BadLabelledBatch.Problems), MemberType = typeof(BadLabelledBatch))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem) =>
        BadLabelledBatch.NllShouldReject(problem);
}
