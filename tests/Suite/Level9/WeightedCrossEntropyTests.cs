using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level9;

[Exercise("Losses.WeightedCrossEntropy")]
public sealed class WeightedCrossEntropyTests
{
    [Probe("Losses.WeightedCrossEntropy")]
    internal static void Probe()
    {
        Losses.WeightedCrossEntropy(M([[2.0, 1.0, 0.1]]), [0], V(1, 2, 3));
        Losses.WeightedCrossEntropyPerSample(M([[2.0, 1.0, 0.1]]), [0], V(1, 2, 3));
    }

    public static TheoryData<string> PyTorchCases => PyTorchLevels1To5.Names(PyTorchLevel9.Weighted);

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Agrees_with_PyTorch_for_none_mean_and_sum(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevel9.Weighted, name);
        var (logits, weight) = (M(reference.Logits), reference.Weight is null ? null : V(reference.Weight));
        var call = $"F.cross_entropy(logits = {Show(logits)}, targets = [{string.Join(", ", reference.Targets)}], weight = {(weight is null ? "None" : Show(weight))}, ignore_index = {reference.IgnoreIndex}";
        Losses.WeightedCrossEntropyPerSample(logits, reference.Targets, weight, reference.IgnoreIndex).ShouldBeCloseTo(
            V(reference.PerSample), $"{call}, reduction='none') ('{name}'): w[yᵢ]·(−log softmax(zᵢ)[yᵢ]), 0 for an ignored sample");
        Losses.WeightedCrossEntropy(logits, reference.Targets, weight, reference.IgnoreIndex, Reduction.Sum).ShouldBeCloseTo(
            reference.Sum, $"{call}, reduction='sum') ('{name}') adds the per-sample losses");
        var mean = Losses.WeightedCrossEntropy(logits, reference.Targets, weight, reference.IgnoreIndex);
        if (double.IsNaN(reference.Mean))
        {
            double.IsNaN(mean).Should().BeTrue(
                "every sample is ignored, so the weighted mean is 0/0 and PyTorch returns NaN; the kata does the same rather than invent a value ('{0}'), but got {1}", name, mean);
            return;
        }

        var kept = reference.Targets.Where(target => target != reference.IgnoreIndex).ToArray();
        var ignored = reference.Targets.Length - kept.Length;
        var ignoredCountedOnce = kept.Sum(target => weight?[target] ?? 1) + ignored;
        mean.ShouldBeCloseTo(
            reference.Mean, $"{call}, reduction='mean') ('{name}') divides the sum by Σ w[yᵢ] over the samples kept",
            [Suspect.Gives(reference.Sum / reference.Targets.Length, $"{Show(reference.Sum / reference.Targets.Length)} is the sum divided by N = {reference.Targets.Length}: the weighted mean divides by the kept targets' weights, Σ w[yᵢ], and an ignored sample leaves the denominator"),
             Suspect.Gives(reference.Sum / Math.Max(kept.Length, 1), $"{Show(reference.Sum / Math.Max(kept.Length, 1))} is the sum divided by the number of samples kept, {kept.Length}: with weights, Mean divides by their weights Σ w[yᵢ], not by their number"),
             Suspect.Gives(reference.Sum / ignoredCountedOnce, $"{Show(reference.Sum / ignoredCountedOnce)} is the sum divided by Σ w[yᵢ] + {ignored}: each ignored sample was counted in the denominator with weight 1, though it leaves both sums")]);
    }

    [Fact]
    public void The_weighted_mean_divides_by_the_target_classes_weights()
    {
        // Two samples with losses −log softmax = 0.4170300 (class 0) and 0.2200495 (class 1), weights w = [1, 3, 1]:
        // the weighted losses are 0.4170300 and 0.6601486, their sum 1.0771786, and Mean = 1.0771786 / (1 + 3) = 0.2692946
        // — not 1.0771786 / 2 = 0.5385893.
        var logits = M([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]]);
        Losses.WeightedCrossEntropy(logits, [0, 1], V(1, 3, 1)).ShouldBeCloseTo(
            1.077178585339447 / 4, "Mean = Σ w[yᵢ]ℓᵢ / Σ w[yᵢ] = 1.0771786 / (1 + 3)",
            [Suspect.Gives(1.077178585339447 / 2, "0.5386 is the weighted sum divided by N = 2, here also the number of samples kept: the weighted mean divides by the targets' weights 1 + 3 instead")]);
    }

    [Fact]
    public void An_ignored_sample_leaves_both_sums()
    {
        // Sample 1 is ignored: the loss is sample 0's alone, −log softmax([2, 1, 0.1])[0] = 0.4170300, divided by its weight 1,
        // not by 2 (N) and not with sample 1's loss added.
        var logits = M([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]]);
        Losses.WeightedCrossEntropyPerSample(logits, [0, -100]).ShouldBeCloseTo(V(0.41703001627783354, 0), "an ignored sample costs 0 in reduction='none'");
        Losses.WeightedCrossEntropy(logits, [0, -100]).ShouldBeCloseTo(
            0.41703001627783354, "Mean over the one sample kept",
            [Suspect.Gives(0.41703001627783354 / 2, "0.2085 is the loss divided by N = 2: the ignored sample was counted in the denominator, but the weighted mean divides by the kept targets' weights alone")]);
    }

    [Fact]
    public void An_all_ignored_batch_gives_NaN_for_mean_and_0_for_sum()
    {
        var logits = M([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]]);
        Losses.WeightedCrossEntropy(logits, [-100, -100], reduction: Reduction.Sum).Should().Be(0, "nothing is kept, so the sum is empty");
        double.IsNaN(Losses.WeightedCrossEntropy(logits, [-100, -100])).Should().BeTrue(
            "Mean of an all-ignored batch is 0/0, NaN in PyTorch, and the kata matches it (the doc says why)");
    }

    [Property(Arbitrary = [typeof(LossOptionsGenerators)])]
    public void Without_weights_or_ignored_samples_it_is_level_5s_cross_entropy(OptionsCase options) => Counterexample.At(options, () =>
    {
        var labels = options.Labels.Select(label => label == options.IgnoreIndex ? 0 : label).ToArray();
        Losses.WeightedCrossEntropy(options.Logits, labels, null, -100, options.Reduction).ShouldBeCloseTo(
            Oracle.CrossEntropy(options.Logits, labels, options.Reduction), "no weight and nothing ignored is F.cross_entropy's default, level 5's Losses.CrossEntropy");
    });

    [Property(Arbitrary = [typeof(LossOptionsGenerators)])]
    public void Scaling_every_weight_by_the_same_factor_changes_nothing_under_mean(OptionsCase options) => Counterexample.At(options, () =>
    {
        var uniform = V([.. Enumerable.Repeat(2.5, options.Classes)]);
        Losses.WeightedCrossEntropy(options.Logits, options.Labels, uniform, options.IgnoreIndex).ShouldBeCloseTo(
            Losses.WeightedCrossEntropy(options.Logits, options.Labels, null, options.IgnoreIndex),
            "weights of 2.5 everywhere multiply the sum and its denominator Σ w[yᵢ] alike, so Mean equals the unweighted one");
        var weight = options.WeightVector;
        Losses.WeightedCrossEntropy(options.Logits, options.Labels, weight is null ? uniform : weight * 2.5, options.IgnoreIndex, Reduction.Sum).ShouldBeCloseTo(
            2.5 * Losses.WeightedCrossEntropy(options.Logits, options.Labels, weight, options.IgnoreIndex, Reduction.Sum),
            "Sum has no denominator: weights 2.5 times larger give a sum 2.5 times larger");
    });

    [Property(Arbitrary = [typeof(LossOptionsGenerators)])]
    public void The_per_sample_losses_add_up_to_the_sum_and_are_0_where_ignored(OptionsCase options) => Counterexample.At(options, () =>
    {
        var perSample = Losses.WeightedCrossEntropyPerSample(options.Logits, options.Labels, options.WeightVector, options.IgnoreIndex);
        perSample.Sum().ShouldBeCloseTo(
            Losses.WeightedCrossEntropy(options.Logits, options.Labels, options.WeightVector, options.IgnoreIndex, Reduction.Sum),
            "reduction='sum' is the sum of reduction='none'", 1e-9);
        for (var i = 0; i < options.Labels.Length; i++)
        {
            if (options.Labels[i] == options.IgnoreIndex)
            {
                perSample[i].Should().Be(0, "sample {0} has the ignore index {1}, so it costs nothing", i, options.IgnoreIndex);
            }
        }
    });

    [Theory]
    [MemberData(nameof(BadLossOptionsInput.ClassIndexProblems), MemberType = typeof(BadLossOptionsInput))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem)
    {
        BadLossOptionsInput.ClassIndex(problem, "Losses.WeightedCrossEntropy", (logits, targets, weight) => Losses.WeightedCrossEntropy(logits, targets, weight)).ShouldBeRejected(problem);
        BadLossOptionsInput.ClassIndex(problem, "Losses.WeightedCrossEntropyPerSample", (logits, targets, weight) => Losses.WeightedCrossEntropyPerSample(logits, targets, weight)).ShouldBeRejected(problem);
    }
}
