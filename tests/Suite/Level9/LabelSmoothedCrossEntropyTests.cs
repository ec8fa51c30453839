using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level9;

[Exercise("Losses.LabelSmoothedCrossEntropy")]
public sealed class LabelSmoothedCrossEntropyTests
{
    [Probe("Losses.LabelSmoothedCrossEntropy")]
    internal static void Probe() => Losses.LabelSmoothedCrossEntropy(M([[2.0, 1.0, 0.1]]), [0], 0.1, V(1, 2, 3));

    public static TheoryData<string> PyTorchCases => PyTorchLevels1To5.Names(PyTorchLevel9.Smoothed);

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Agrees_with_PyTorch_for_mean_and_sum(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevel9.Smoothed, name);
        var (logits, weight) = (M(reference.Logits), reference.Weight is null ? null : V(reference.Weight));
        var call = $"F.cross_entropy(logits = {Show(logits)}, targets = [{string.Join(", ", reference.Targets)}], weight = {(weight is null ? "None" : Show(weight))}, " +
                   $"ignore_index = {reference.IgnoreIndex}, label_smoothing = {Show(reference.Smoothing)}";
        // Keeping the whole one-hot term adds ε·w[yᵢ]·(−log s[yᵢ]) per sample kept: ε times the weighted cross-entropy's sum.
        var wholeOneHotSum = reference.Sum + reference.Smoothing * Level9Oracle.WeightedCrossEntropy(logits, reference.Targets, weight, reference.IgnoreIndex, Reduction.Sum);
        var keptWeight = reference.Targets.Where(target => target != reference.IgnoreIndex).Sum(target => weight?[target] ?? 1);
        Losses.LabelSmoothedCrossEntropy(logits, reference.Targets, reference.Smoothing, weight, reference.IgnoreIndex, Reduction.Sum).ShouldBeCloseTo(
            reference.Sum, $"{call}, reduction='sum') ('{name}'): (1 − ε)·w[y]·(−log s[y]) + (ε/C)·Σ_c w[c]·(−log s[c]) per sample kept",
            [Suspect.Gives(wholeOneHotSum, WholeOneHot)]);
        Losses.LabelSmoothedCrossEntropy(logits, reference.Targets, reference.Smoothing, weight, reference.IgnoreIndex).ShouldBeCloseTo(
            reference.Mean, $"{call}, reduction='mean') ('{name}') divides that sum by Σ w[yᵢ] over the samples kept",
            [Suspect.Gives(reference.Sum / reference.Targets.Length, $"{Show(reference.Sum / reference.Targets.Length)} is the sum divided by N: divide by the kept targets' weights Σ w[yᵢ]"),
             Suspect.Gives(wholeOneHotSum / keptWeight, WholeOneHot)]);
    }

    private const string WholeOneHot =
        "the smoothing was added on top of the whole one-hot term: the target's term is (1 − ε)·w[y]·(−log s[y]), ε of it going to the (ε/C)·w[c] spread";

    [Fact]
    public void With_weights_the_smoothing_term_is_weighted_class_by_class()
    {
        // Logits [[2, 1, 0.1], [0.5, 2.5, 0.3]], targets [0, 1], w = [1, 3, 1], ε = 0.3. The weighted NLL sum is
        // 1·0.4170300 + 3·0.2200495 = 1.0771786; the smoothing sum Σᵢ Σ_c w[c]·(−log sᵢ[c]) = 12.2853977. The loss is
        // (0.7·1.0771786 + 0.1·12.2853977) / (1 + 3) = 0.4956412. Weighting the smoothing term by the target's weight w[yᵢ]
        // instead gives 0.6567946.
        Losses.LabelSmoothedCrossEntropy(M([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]]), [0, 1], 0.3, V(1, 3, 1)).ShouldBeCloseTo(
            0.4956411948466996, "F.cross_entropy(..., weight=[1, 3, 1], label_smoothing=0.3): the ε/C term weighs each class by its own weight w[c]",
            [Suspect.Gives(0.6567946463348618, "0.6568 is what weighting the smoothing term by the target's weight w[yᵢ] gives; PyTorch uses Σ_c w[c]·(−log s[c])"),
             Suspect.Gives(0.9912823896933992, "0.9913 is the sum divided by N = 2 instead of by the targets' weights 1 + 3"),
             Suspect.Gives(0.4956411948466996 + (0.3 * 1.077178585339447 / 4), $"0.5764 is 0.4956 + 0.3·1.0771786 / 4: {WholeOneHot}")]);
    }

    [Fact]
    public void An_all_ignored_batch_gives_NaN_for_mean_and_0_for_sum()
    {
        var logits = M([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]]);
        Losses.LabelSmoothedCrossEntropy(logits, [-100, -100], 0.1, reduction: Reduction.Sum).Should().Be(0, "nothing is kept, not even the smoothing term");
        double.IsNaN(Losses.LabelSmoothedCrossEntropy(logits, [-100, -100], 0.1)).Should().BeTrue("Mean of an all-ignored batch is 0/0, NaN in PyTorch and here");
    }

    [Property(Arbitrary = [typeof(LossOptionsGenerators)])]
    public void Smoothing_0_is_the_weighted_cross_entropy(OptionsCase options) => Counterexample.At(options, () =>
        Losses.LabelSmoothedCrossEntropy(options.Logits, options.Labels, 0, options.WeightVector, options.IgnoreIndex, options.Reduction).ShouldBeCloseTo(
            Level9Oracle.WeightedCrossEntropy(options.Logits, options.Labels, options.WeightVector, options.IgnoreIndex, options.Reduction),
            "with ε = 0 the target is one-hot again: F.cross_entropy with weight and ignore_index alone", 1e-9));

    [Property(Arbitrary = [typeof(LossOptionsGenerators)])]
    public void Smoothing_mixes_cross_entropy_with_cross_entropy_to_the_uniform_distribution(OptionsCase options) => Counterexample.At(options, () =>
    {
        // Over the samples kept, with Sum: (1 − ε)·CE + ε·H(uniform, softmax), both with the class weights.
        var kept = Enumerable.Range(0, options.Labels.Length).Where(i => options.Labels[i] != options.IgnoreIndex).ToArray();
        var logits = M([.. kept.Select(i => options.Rows[i])]);
        var labels = kept.Select(i => options.Labels[i]).ToArray();
        var uniform = M([.. kept.Select(_ => Enumerable.Repeat(1.0 / options.Classes, options.Classes).ToArray())]);
        var expected = (1 - options.Smoothing) * Level9Oracle.WeightedCrossEntropy(logits, labels, options.WeightVector, -100, Reduction.Sum)
                       + options.Smoothing * Level9Oracle.SoftTargetCrossEntropy(logits, uniform, options.WeightVector, 0, Reduction.Sum);
        if (double.IsFinite(expected))
        {
            Losses.LabelSmoothedCrossEntropy(options.Logits, options.Labels, options.Smoothing, options.WeightVector, options.IgnoreIndex, Reduction.Sum).ShouldBeCloseTo(
                expected, "the smoothed target (1 − ε)·onehot + ε/C makes the loss (1 − ε)·CE + ε·(cross-entropy to the uniform distribution)", 1e-9);
        }
    });

    [Theory]
    [MemberData(nameof(BadLossOptionsInput.SmoothingProblems), MemberType = typeof(BadLossOptionsInput))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem) =>
        BadLossOptionsInput.Smoothing(problem, "Losses.LabelSmoothedCrossEntropy",
            (logits, targets, epsilon, weight) => Losses.LabelSmoothedCrossEntropy(logits, targets, epsilon, weight)).ShouldBeRejected(problem);
}
