using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level9;

[Exercise("Losses.SoftTargetCrossEntropy")]
public sealed class SoftTargetCrossEntropyTests
{
    [Probe("Losses.SoftTargetCrossEntropy")]
    internal static void Probe() => Losses.SoftTargetCrossEntropy(M([[2.0, 1.0, 0.1]]), M([[0.7, 0.2, 0.1]]), V(1, 2, 3), 0.1);

    public static TheoryData<string> PyTorchCases => PyTorchLevels1To5.Names(PyTorchLevel9.Soft);

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Agrees_with_PyTorch_for_mean_and_sum(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevel9.Soft, name);
        var (logits, targets, weight) = (M(reference.Logits), M(reference.Targets), reference.Weight is null ? null : V(reference.Weight));
        var call = $"F.cross_entropy(logits = {Show(logits)}, targets = {Show(targets)}, weight = {(weight is null ? "None" : Show(weight))}, label_smoothing = {Show(reference.Smoothing)}";
        Losses.SoftTargetCrossEntropy(logits, targets, weight, reference.Smoothing, Reduction.Sum).ShouldBeCloseTo(
            reference.Sum, $"{call}, reduction='sum') ('{name}'): −Σᵢ Σ_c w[c]·t'ᵢ[c]·log softmax(zᵢ)[c] with t' = (1 − ε)·t + ε/C",
            [Suspect.Gives(Level9Oracle.SoftTargetCrossEntropy(logits, targets, null, reference.Smoothing, Reduction.Sum), WithoutWeights)]);
        Losses.SoftTargetCrossEntropy(logits, targets, weight, reference.Smoothing).ShouldBeCloseTo(
            reference.Mean, $"{call}, reduction='mean') ('{name}') divides by N = {logits.RowCount}, even with weights",
            [Suspect.Gives(reference.Mean / logits.ColumnCount, $"a value {logits.ColumnCount} times too small is a mean over every element, N·C"),
             Suspect.Gives(Level9Oracle.SoftTargetCrossEntropy(logits, targets, null, reference.Smoothing, Reduction.Mean), WithoutWeights)]);
    }

    private const string WithoutWeights = "that is the loss without the class weights: each term −t'ᵢ[c]·log softmax(zᵢ)[c] is multiplied by w[c]";

    [Fact]
    public void Mean_divides_by_the_batch_size_even_with_weights()
    {
        // One-hot rows for classes 0 and 1 with w = [1, 3, 1]: the sum is 1·0.4170300 + 3·0.2200495 = 1.0771786, as with class
        // indices, but probability targets divide it by N = 2 (0.5385893), where class indices divide by 1 + 3 (0.2692946).
        Losses.SoftTargetCrossEntropy(M([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]]), M([[1, 0, 0], [0, 1, 0]]), V(1, 3, 1)).ShouldBeCloseTo(
            1.077178585339447 / 2, "F.cross_entropy with probability targets and weights divides by N, not by the weights",
            [Suspect.Gives(1.077178585339447 / 4, "0.2693 divides by the targets' weights, as class-index targets do; probability targets divide by N"),
             Suspect.Gives((0.41703001627783354 + 0.22004952302053787) / 2, $"0.3185 = (0.4170300 + 0.2200495) / 2: {WithoutWeights}")]);
    }

    [Property(Arbitrary = [typeof(LossOptionsGenerators)])]
    public void One_hot_rows_give_the_class_index_loss(OptionsCase options) => Counterexample.At(options, () =>
    {
        var labels = options.Labels.Select(label => label == options.IgnoreIndex ? 0 : label).ToArray();
        var classIndex = Level9Oracle.LabelSmoothedCrossEntropy(options.Logits, labels, options.Smoothing, options.WeightVector, -100, Reduction.Sum);
        if (double.IsFinite(classIndex))
        {
            Losses.SoftTargetCrossEntropy(options.Logits, OneHot(labels, options.Classes), options.WeightVector, options.Smoothing, Reduction.Sum).ShouldBeCloseTo(
                classIndex, "a one-hot row is the class index written as a distribution; with Sum (no denominator) the two losses are the same", 1e-9);
        }
    });

    [Property(Arbitrary = [typeof(LossOptionsGenerators)])]
    public void Smoothing_is_the_loss_to_the_smoothed_targets(SoftCase soft) => Counterexample.At(soft, () =>
    {
        var classes = soft.Rows[0].Length;
        var smoothed = M([.. soft.Targets.Select(row => row.Select(t => (1 - soft.Smoothing) * t + soft.Smoothing / classes).ToArray())]);
        var weight = soft.Weight is null ? null : V(soft.Weight);
        var expected = Level9Oracle.SoftTargetCrossEntropy(M(soft.Rows), smoothed, weight, 0, soft.Reduction);
        if (double.IsFinite(expected))
        {
            Losses.SoftTargetCrossEntropy(M(soft.Rows), M(soft.Targets), weight, soft.Smoothing, soft.Reduction).ShouldBeCloseTo(
                expected, "label smoothing replaces each target row t by (1 − ε)·t + ε/C, itself a distribution", 1e-9);
        }
    });

    [Theory]
    [MemberData(nameof(BadLossOptionsInput.SoftTargetProblems), MemberType = typeof(BadLossOptionsInput))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem) =>
        BadLossOptionsInput.SoftTarget(problem).ShouldBeRejected(problem);
}
