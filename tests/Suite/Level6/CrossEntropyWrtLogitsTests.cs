using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level6;

[Exercise("Gradients.CrossEntropyWrtLogits")]
public sealed class CrossEntropyWrtLogitsTests
{
    [Probe("Gradients.CrossEntropyWrtLogits")]
    internal static void Probe() => Gradients.CrossEntropyWrtLogits(M([[0, 1]]), [0]);

    public static TheoryData<string> ReferenceCases => [.. PyTorchLevel6.Batches.Select(batch => batch.Name)];

    [Fact]
    public void Tied_logits_give_softmax_minus_one_hot() =>
        // softmax([0, 0]) = [½, ½]; minus the one-hot [1, 0] of target 0 gives [−½, ½]. The reverse sign,
        // one-hot − softmax, would push the target's logit down.
        Gradients.CrossEntropyWrtLogits(M([[0, 0]]), [0], Reduction.Sum)
            .ShouldBeCloseTo(M([[-0.5, 0.5]]), "∂ℓ/∂z = softmax(z) − onehot(y)", GradientSuspects.OfCrossEntropy(M([[0, 0]]), [0], Reduction.Sum));

    [Fact]
    public void The_mean_divides_by_the_batch_size() =>
        // Two tied samples with targets 0 and 1: each row is ±[−½, ½] as above, and Mean divides by N = 2.
        // Forgetting the division gives ±½ instead of ±¼.
        Gradients.CrossEntropyWrtLogits(M([[0, 0], [0, 0]]), [0, 1])
            .ShouldBeCloseTo(
                M([[-0.25, 0.25], [0.25, -0.25]]), "the mean loss is the sum over N = 2 samples divided by 2, and so is its gradient",
                GradientSuspects.OfCrossEntropy(M([[0, 0], [0, 0]]), [0, 1]));

    [Property(Arbitrary = [typeof(GradientGenerators)])]
    public void The_target_component_is_negative_and_the_others_positive(BatchCase batchCase) => Counterexample.At(batchCase, () =>
    {
        var gradient = Gradients.CrossEntropyWrtLogits(batchCase.Batch.Logits, batchCase.Batch.Labels, batchCase.Reduction);
        for (var row = 0; row < gradient.RowCount; row++)
        {
            for (var column = 0; column < gradient.ColumnCount; column++)
            {
                var isTarget = column == batchCase.Batch.Labels[row];
                (isTarget ? -gradient[row, column] : gradient[row, column]).Should().BeGreaterThanOrEqualTo(0,
                    "softmax − onehot is sᵧ − 1 ≤ 0 at the target and sⱼ ≥ 0 elsewhere: descent raises only the target's logit ([{0}, {1}] of {2} for {3})",
                    row, column, Show(gradient), batchCase);
            }
        }
    });

    [Property(Arbitrary = [typeof(GradientGenerators)])]
    public void Every_row_sums_to_zero(BatchCase batchCase) => Counterexample.At(batchCase, () =>
    {
        var gradient = Gradients.CrossEntropyWrtLogits(batchCase.Batch.Logits, batchCase.Batch.Labels, batchCase.Reduction);
        foreach (var (row, sum) in gradient.RowSums().Select((sum, row) => (row, sum)))
        {
            sum.ShouldBeCloseTo(0, $"Σⱼ (sⱼ − tⱼ) = 1 − 1 = 0 (adding a constant to a row's logits leaves the loss unchanged); row {row} of {Show(gradient)} for {batchCase}", 1e-12);
        }
    });

    [Property(Arbitrary = [typeof(GradientGenerators)])]
    public void Sum_is_the_batch_size_times_mean(BatchCase batchCase) => Counterexample.At(batchCase, () =>
    {
        var (logits, labels) = (batchCase.Batch.Logits, batchCase.Batch.Labels);
        Gradients.CrossEntropyWrtLogits(logits, labels, Reduction.Sum).ShouldBeCloseTo(
            Gradients.CrossEntropyWrtLogits(logits, labels, Reduction.Mean) * logits.RowCount,
            $"cross-entropy's Mean divides the Sum by the batch size N = {logits.RowCount} ({batchCase})", 1e-12);
    });

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void Matches_pytorch_autograd(string name)
    {
        var reference = PyTorchLevel6.Batches.Single(batch => batch.Name == name);
        Gradients.CrossEntropyWrtLogits(M(reference.Logits), reference.Targets, reference.Reduction).ShouldBeCloseTo(
            M(reference.CrossEntropyGradient), $"PyTorch's autograd of cross_entropy gives this for {name}",
            GradientSuspects.OfCrossEntropy(M(reference.Logits), reference.Targets, reference.Reduction));
    }

    [Property]
    public Property Agrees_with_the_numerical_gradient_of_the_loss() =>
        Prop.ForAll(ModerateCases.BatchCases(), batchCase => GradientChecks.BatchShouldAgree(
            Gradients.CrossEntropyWrtLogits(batchCase.Batch.Logits, batchCase.Batch.Labels, batchCase.Reduction),
            logits => LossesWrittenOut.CrossEntropy(logits, batchCase.Batch.Labels, batchCase.Reduction),
            batchCase));

    [Theory]
    [MemberData(nameof(BadBatchInput.Problems), MemberType = typeof(BadBatchInput))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem) =>
        BadBatchInput.ShouldBeRejected(problem, "Gradients.CrossEntropyWrtLogits", Gradients.CrossEntropyWrtLogits);
}
