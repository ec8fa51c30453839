using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level5;

[Exercise("Losses.MseLoss")]
public sealed class MseLossTests
{
    /// <summary>The 5-class example of docs/level-5-nll-and-cross-entropy.md; every sample is of class 0.</summary>
    private static readonly double[] Hesitant = [0.4, 0.3, 0.05, 0.05, 0.2];
    private static readonly double[] Confident = [0.98, 0.01, 0, 0, 0.01];
    private static readonly double[] ConfidentlyWrong = [0.01, 0.98, 0, 0, 0.01];

    [Probe("Losses.MseLoss")]
    internal static void Probe() => Losses.MseLoss(M([[0.4, 0.6]]), M([[1.0, 0.0]]));

    public static TheoryData<string> PyTorchCases => PyTorchLevels1To5.Names(PyTorchLevels1To5.MseLoss);

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Agrees_with_PyTorch_for_mean_and_sum(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevels1To5.MseLoss, name);
        var (predictions, targets) = (M(reference.Predictions), M(reference.Targets));
        Losses.MseLoss(predictions, targets).ShouldBeCloseTo(
            reference.Mean, $"F.mse_loss, reduction='mean' divides by every element, N·C = {predictions.RowCount * predictions.ColumnCount} ('{name}')",
            BatchLossSuspects.OfMseLoss(predictions, targets));
        Losses.MseLoss(predictions, targets, Reduction.Sum).ShouldBeCloseTo(
            reference.Sum, $"reduction='sum' adds every squared difference ('{name}')", BatchLossSuspects.OfMseLoss(predictions, targets, Reduction.Sum));
    }

    [Fact]
    public void Mean_divides_by_every_element_not_by_the_batch_size()
    {
        // Differences (0.5, −1, 0) and (2, −1, −2.5): squares 0.25 + 1 + 0 + 4 + 1 + 6.25 = 12.5.
        var predictions = M([[1.0, -2.0, 0.5], [3.0, 0.0, -1.5]]);
        var targets = M([[0.5, -1.0, 0.5], [1.0, 1.0, 1.0]]);
        Losses.MseLoss(predictions, targets, Reduction.Sum).ShouldBeCloseTo(
            12.5, "Sum adds the six squared differences", BatchLossSuspects.OfMseLoss(predictions, targets, Reduction.Sum));
        Losses.MseLoss(predictions, targets).ShouldBeCloseTo(
            12.5 / 6, "Mean divides by the N·C = 6 elements, as PyTorch's mse_loss", BatchLossSuspects.OfMseLoss(predictions, targets));
    }

    [Fact]
    public void In_the_worked_example_both_losses_prefer_the_confident_right_prediction()
    {
        // MSE against onehot(0): hesitant (0.6² + 0.3² + 0.05² + 0.05² + 0.2²) / 5 = 0.495 / 5 = 0.099;
        //                        confident (0.02² + 0.01² + 0 + 0 + 0.01²) / 5 = 0.0006 / 5 = 0.00012.
        // Cross-entropy: −ln 0.4 = 0.9162907 and −ln 0.98 = 0.0202027.
        var target = OneHot(5, 0);
        Losses.MseLoss(M([Hesitant]), M([target.ToArray()])).ShouldBeCloseTo(
            0.099, "MSE squares every class's error, the wrong classes' too", BatchLossSuspects.OfMseLoss(M([Hesitant]), M([target.ToArray()])));
        Losses.MseLoss(M([Confident]), M([target.ToArray()])).ShouldBeCloseTo(0.00012, "0.02² + 2 · 0.01² over 5 elements");
        Oracle.CrossEntropy(target, V(Hesitant)).ShouldBeCloseTo(0.916290731874155, "cross-entropy reads only the label's probability: −ln 0.4");
        Oracle.CrossEntropy(target, V(Confident)).ShouldBeCloseTo(0.020202707317519466, "−ln 0.98");
    }

    [Fact]
    public void Cross_entropy_punishes_a_confident_mistake_without_bound_while_MSE_stays_below_two_per_sample()
    {
        // Confidently wrong: MSE sum (0.99² + 0.98² + 0.01²) = 1.9406, at most 2 for any distribution; CE −ln 0.01 = 4.6051702.
        var target = OneHot(5, 0);
        Losses.MseLoss(M([ConfidentlyWrong]), M([target.ToArray()]), Reduction.Sum).ShouldBeCloseTo(
            1.9406, "‖q − onehot‖² ≤ ‖q‖² + 1 ≤ 2: MSE can never say more than 'very wrong'");
        Oracle.CrossEntropy(target, V(ConfidentlyWrong)).ShouldBeCloseTo(
            4.6051701859880914, "−ln q_y grows without bound as q_y → 0: a confident mistake costs far more");
    }

    [Fact]
    public void MSE_also_cares_how_the_wrong_probability_is_spread_and_cross_entropy_does_not()
    {
        // Both give the label 0.4. Spread: 0.495 (above); all on one wrong class: 0.6² + 0.6² = 0.72.
        var target = OneHot(5, 0);
        double[] concentrated = [0.4, 0.6, 0, 0, 0];
        Losses.MseLoss(M([concentrated]), M([target.ToArray()]), Reduction.Sum).ShouldBeCloseTo(0.72, "0.6² + 0.6²");
        Losses.MseLoss(M([Hesitant]), M([target.ToArray()]), Reduction.Sum).ShouldBeCloseTo(0.495, "0.6² + 0.3² + 0.05² + 0.05² + 0.2²");
        Oracle.CrossEntropy(target, V(concentrated)).ShouldBeCloseTo(
            Oracle.CrossEntropy(target, V(Hesitant)), "cross-entropy depends on the label's probability only");
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public void MSE_is_symmetric_zero_for_equal_matrices_and_Sum_is_the_element_count_times_Mean(LabelledBatch batch) => Counterexample.At(batch, () =>
    {
        var (predictions, targets) = (batch.Logits, OneHot(batch.Labels, batch.Classes));
        var mean = Losses.MseLoss(predictions, targets);
        Losses.MseLoss(targets, predictions).ShouldBeCloseTo(mean, $"(a − b)² = (b − a)² ({batch})");
        Losses.MseLoss(predictions, predictions).Should().Be(0, "no difference, no error ({0})", batch);
        Losses.MseLoss(predictions, targets, Reduction.Sum).ShouldBeCloseTo(
            mean * predictions.RowCount * predictions.ColumnCount, $"Mean divides the Sum by all N·C = {predictions.RowCount}·{predictions.ColumnCount} elements ({batch})");
    });

    [Theory]
    [MemberData(nameof(BadLabelledBatch.MseProblems), MemberType = typeof(BadLabelledBatch))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem) =>
        BadLabelledBatch.MseShouldReject(problem);
}
