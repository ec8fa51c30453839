using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level6;

[Exercise("Gradients.MseThroughSoftmaxWrtLogits")]
public sealed class MseThroughSoftmaxWrtLogitsTests
{
    [Probe("Gradients.MseThroughSoftmaxWrtLogits")]
    internal static void Probe() => Gradients.MseThroughSoftmaxWrtLogits(M([[0, 1]]), [0]);

    public static TheoryData<string> ReferenceCases => [.. PyTorchLevel6.Batches.Select(batch => batch.Name)];

    [Fact]
    public void Two_tied_classes_give_the_jacobian_times_twice_the_error() =>
        // s = [½, ½], t = [1, 0]: g = 2(s − t) = [−1, 1]; J = diag(s) − s sᵀ = [[¼, −¼], [−¼, ¼]]; J g = [−½, ½].
        // The diagonal of J alone (sⱼ(1 − sⱼ) gⱼ) gives [−¼, ¼]; the − s sᵀ term alone gives [0, 0].
        Gradients.MseThroughSoftmaxWrtLogits(M([[0, 0]]), [0], Reduction.Sum)
            .ShouldBeCloseTo(M([[-0.5, 0.5]]), "∂L/∂z = J g with J = diag(s) − s sᵀ, both terms of the Jacobian", GradientSuspects.OfMseThroughSoftmax(M([[0, 0]]), [0], Reduction.Sum));

    [Fact]
    public void Three_tied_classes_need_the_off_diagonal_terms_of_the_jacobian() =>
        // s = ⅓ each, t = [1, 0, 0]: g = 2(s − t) = [−4/3, 2/3, 2/3], Σₖ sₖgₖ = 0, so (J g)ⱼ = sⱼ(gⱼ − 0) = [−4/9, 2/9, 2/9].
        // Using sⱼ(1 − sⱼ)gⱼ instead gives [−8/27, 4/27, 4/27].
        Gradients.MseThroughSoftmaxWrtLogits(M([[0, 0, 0]]), [0], Reduction.Sum)
            .ShouldBeCloseTo(M([[-4.0 / 9, 2.0 / 9, 2.0 / 9]]), "(J g)ⱼ = sⱼ(gⱼ − Σₖ sₖgₖ)", GradientSuspects.OfMseThroughSoftmax(M([[0, 0, 0]]), [0], Reduction.Sum));

    [Fact]
    public void The_mean_divides_by_every_element_not_just_the_rows() =>
        // The two tied classes above, with Mean over N·C = 1·2 elements: [−½, ½] / 2 = [−¼, ¼].
        Gradients.MseThroughSoftmaxWrtLogits(M([[0, 0]]), [0])
            .ShouldBeCloseTo(M([[-0.25, 0.25]]), "MseLoss's Mean averages over all N·C elements, as torch's mse_loss does", GradientSuspects.OfMseThroughSoftmax(M([[0, 0]]), [0]));

    [Property(Arbitrary = [typeof(GradientGenerators)])]
    public void Every_row_sums_to_zero(BatchCase batchCase) => Counterexample.At(batchCase, () =>
    {
        // Σⱼ sⱼ(gⱼ − Σₖ sₖgₖ) = Σⱼ sⱼgⱼ − 1·Σₖ sₖgₖ = 0; with the diagonal of J alone the rows would not sum to 0.
        var gradient = Gradients.MseThroughSoftmaxWrtLogits(batchCase.Batch.Logits, batchCase.Batch.Labels, batchCase.Reduction);
        foreach (var (row, sum) in gradient.RowSums().Select((sum, row) => (row, sum)))
        {
            sum.ShouldBeCloseTo(0, $"softmax ignores a constant added to a row, so the row's gradient sums to 0; row {row} of {Show(gradient)} for {batchCase}", 1e-12);
        }
    });

    [Property(Arbitrary = [typeof(GradientGenerators)])]
    public void Sum_is_the_number_of_elements_times_mean(BatchCase batchCase) => Counterexample.At(batchCase, () =>
    {
        var (logits, labels) = (batchCase.Batch.Logits, batchCase.Batch.Labels);
        Gradients.MseThroughSoftmaxWrtLogits(logits, labels, Reduction.Sum).ShouldBeCloseTo(
            Gradients.MseThroughSoftmaxWrtLogits(logits, labels, Reduction.Mean) * (logits.RowCount * logits.ColumnCount),
            $"MSE's Mean divides the Sum by N·C = {logits.RowCount * logits.ColumnCount} elements ({batchCase})", 1e-12);
    });

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void Matches_pytorch_autograd(string name)
    {
        var reference = PyTorchLevel6.Batches.Single(batch => batch.Name == name);
        Gradients.MseThroughSoftmaxWrtLogits(M(reference.Logits), reference.Targets, reference.Reduction).ShouldBeCloseTo(
            M(reference.MseThroughSoftmaxGradient), $"PyTorch's autograd of mse_loss(softmax(z), one_hot(y)) gives this for {name}",
            GradientSuspects.OfMseThroughSoftmax(M(reference.Logits), reference.Targets, reference.Reduction));
    }

    [Property]
    public Property Agrees_with_the_numerical_gradient_of_the_loss() =>
        Prop.ForAll(ModerateCases.BatchCases(), batchCase => GradientChecks.BatchShouldAgreeAwayFromZeroCrossings(
            Gradients.MseThroughSoftmaxWrtLogits(batchCase.Batch.Logits, batchCase.Batch.Labels, batchCase.Reduction),
            logits => LossesWrittenOut.MseThroughSoftmax(logits, batchCase.Batch.Labels, batchCase.Reduction),
            batchCase));

    [Theory]
    [MemberData(nameof(BadBatchInput.Problems), MemberType = typeof(BadBatchInput))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem) =>
        BadBatchInput.ShouldBeRejected(problem, "Gradients.MseThroughSoftmaxWrtLogits", Gradients.MseThroughSoftmaxWrtLogits);
}
