using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level9;

[Exercise("Gradients.LabelSmoothedCrossEntropyWrtLogits")]
public sealed class LabelSmoothedCrossEntropyWrtLogitsTests
{
    [Probe("Gradients.LabelSmoothedCrossEntropyWrtLogits")]
    internal static void Probe() => Gradients.LabelSmoothedCrossEntropyWrtLogits(M([[0, 1]]), [0], 0.1, V(1, 2));

    public static TheoryData<string> PyTorchCases => PyTorchLevels1To5.Names(PyTorchLevel9.Smoothed);

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Matches_PyTorch_autograd(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevel9.Smoothed, name);
        var (logits, weight) = (M(reference.Logits), reference.Weight is null ? null : V(reference.Weight));
        var wholeOneHot = MistakenSumGradient(logits, reference.Targets, reference.Smoothing, weight, reference.IgnoreIndex, targetShare: 1, scaledBySum: true);
        var softmaxMinusTarget = MistakenSumGradient(logits, reference.Targets, reference.Smoothing, weight, reference.IgnoreIndex, 1 - reference.Smoothing, scaledBySum: false);
        Gradients.LabelSmoothedCrossEntropyWrtLogits(logits, reference.Targets, reference.Smoothing, weight, reference.IgnoreIndex, Reduction.Sum).ShouldBeCloseTo(
            M(reference.SumGradient), $"PyTorch's autograd of F.cross_entropy(..., reduction='sum') gives this for '{name}': row i is (Σ_c aᵢ[c])·softmax(zᵢ) − aᵢ",
            [Suspect.Gives(wholeOneHot, WholeOneHot), Suspect.Gives(softmaxMinusTarget, SoftmaxMinusTarget)]);
        var keptWeight = reference.Targets.Where(target => target != reference.IgnoreIndex).Sum(target => weight?[target] ?? 1);
        Gradients.LabelSmoothedCrossEntropyWrtLogits(logits, reference.Targets, reference.Smoothing, weight, reference.IgnoreIndex).ShouldBeCloseTo(
            M(reference.MeanGradient), $"PyTorch's autograd of F.cross_entropy(..., reduction='mean') gives this for '{name}': the Sum gradient divided by Σ w[yᵢ] over the samples kept",
            [Suspect.Gives(wholeOneHot / keptWeight, WholeOneHot), Suspect.Gives(softmaxMinusTarget / keptWeight, SoftmaxMinusTarget)]);
    }

    private const string WholeOneHot =
        "the target's share was left at w[y] instead of (1 − ε)·w[y]: smoothing moves ε of it into the spread (ε/C)·w[c], so aᵢ[yᵢ] = (1 − ε)·w[yᵢ] + (ε/C)·w[yᵢ]";

    private const string SoftmaxMinusTarget =
        "each row is softmax(zᵢ) − aᵢ, level 6's form, but with weights the target aᵢ does not sum to 1, so the row is not softmax minus target: it is (Σ_c aᵢ[c])·softmax(zᵢ) − aᵢ";

    /// <summary>The Sum gradient a mistake gives: the target aᵢ = share·w[yᵢ]·onehot + (ε/C)·w, and row i
    /// (Σ_c aᵢ[c])·softmax(zᵢ) − aᵢ, or softmax(zᵢ) − aᵢ when not <paramref name="scaledBySum"/>; 0 for an ignored sample.</summary>
    private static Matrix<double> MistakenSumGradient(
        Matrix<double> logits, int[] targets, double smoothing, Vector<double>? weight, int ignoreIndex, double targetShare, bool scaledBySum)
    {
        var classes = logits.ColumnCount;
        var softmax = Oracle.Softmax(logits);
        var gradient = Matrix<double>.Build.Dense(logits.RowCount, classes);
        for (var i = 0; i < targets.Length; i++)
        {
            if (targets[i] == ignoreIndex)
            {
                continue;
            }

            var target = Vector<double>.Build.Dense(classes, c => smoothing / classes * (weight?[c] ?? 1));
            target[targets[i]] += targetShare * (weight?[targets[i]] ?? 1);
            gradient.SetRow(i, (scaledBySum ? target.Sum() : 1) * softmax.Row(i) - target);
        }

        return gradient;
    }

    [Fact]
    public void With_a_weight_the_row_is_not_softmax_minus_target()
    {
        // Tied logits [0, 0], target 0, w = [3, 1], no smoothing, Sum: a = [3, 0], Σa = 3, so the row is 3·[½, ½] − [3, 0]
        // = [−1.5, 1.5] — three times level 6's [−½, ½]. With ε = 0.5: a = [0.5·3 + 0.25·3, 0.25·1] = [2.25, 0.25], Σa = 2.5,
        // and the row is 2.5·[½, ½] − [2.25, 0.25] = [−1, 1].
        // Level 6's softmax − a gives [½ − 3, ½] = [−2.5, 0.5] and [½ − 2.25, ½ − 0.25] = [−1.75, 0.25]; keeping the whole
        // w[y] = 3 on the target gives a = [3.75, 0.25], Σa = 4 and the row [−1.75, 1.75].
        Gradients.LabelSmoothedCrossEntropyWrtLogits(M([[0, 0]]), [0], 0, V(3, 1), reduction: Reduction.Sum).ShouldBeCloseTo(
            M([[-1.5, 1.5]]), "the weight w[y] = 3 scales the whole row: 3·(softmax − onehot)",
            [Suspect.Gives(M([[-2.5, 0.5]]), $"[−2.5, 0.5] is softmax − a with a = [3, 0]: {SoftmaxMinusTarget}")]);
        Gradients.LabelSmoothedCrossEntropyWrtLogits(M([[0, 0]]), [0], 0.5, V(3, 1), reduction: Reduction.Sum).ShouldBeCloseTo(
            M([[-1, 1]]), "aᵢ = (1 − ε)·w[y]·onehot + (ε/C)·w is not a distribution: the row is (Σ aᵢ)·softmax − aᵢ",
            [Suspect.Gives(M([[-1.75, 0.25]]), $"[−1.75, 0.25] is softmax − a with a = [2.25, 0.25]: {SoftmaxMinusTarget}"),
             Suspect.Gives(M([[-1.75, 1.75]]), $"[−1.75, 1.75] comes from a = [3.75, 0.25]: {WholeOneHot}")]);
    }

    [Property(Arbitrary = [typeof(LossOptionsGenerators)])]
    public void An_ignored_samples_row_is_zero(OptionsCase options) => Counterexample.At(options, () =>
    {
        var gradient = Gradients.LabelSmoothedCrossEntropyWrtLogits(options.Logits, options.Labels, options.Smoothing, options.WeightVector, options.IgnoreIndex, options.Reduction);
        for (var i = 0; i < options.Labels.Length; i++)
        {
            if (options.Labels[i] == options.IgnoreIndex)
            {
                gradient.Row(i).Should().OnlyContain(value => value == 0,
                    "sample {0} is ignored, so the loss does not depend on its logits at all (row {1} of {2})", i, Show(gradient.Row(i)), Show(gradient));
            }
        }
    });

    [Property(Arbitrary = [typeof(LossOptionsGenerators)])]
    public void Every_row_sums_to_zero(OptionsCase options) => Counterexample.At(options, () =>
    {
        var gradient = Gradients.LabelSmoothedCrossEntropyWrtLogits(options.Logits, options.Labels, options.Smoothing, options.WeightVector, options.IgnoreIndex, options.Reduction);
        var scale = gradient.Enumerate().Select(Math.Abs).DefaultIfEmpty(0).Max();
        foreach (var (sum, row) in gradient.RowSums().Select((sum, row) => (sum, row)))
        {
            sum.ShouldBeCloseTo(0, $"(Σ aᵢ)·Σ softmax − Σ aᵢ = 0: adding a constant to a row's logits changes nothing (row {row} of {Show(gradient)})", 1e-12 * Math.Max(1, scale));
        }
    });

    [Property(Arbitrary = [typeof(LossOptionsGenerators)])]
    public void Without_options_it_is_level_6s_gradient(OptionsCase options) => Counterexample.At(options, () =>
    {
        var labels = options.Labels.Select(label => label == options.IgnoreIndex ? 0 : label).ToArray();
        Gradients.LabelSmoothedCrossEntropyWrtLogits(options.Logits, labels, 0, null, -100, options.Reduction).ShouldBeCloseTo(
            Oracle.CrossEntropyWrtLogits(options.Logits, labels, options.Reduction), "no weight, no smoothing, nothing ignored: softmax − onehot, as level 6", 1e-12);
    });

    [Property]
    public Property Agrees_with_central_differences_of_the_loss() =>
        Prop.ForAll(LossOptionsGenerators.ModerateOptions(), options => Counterexample.At(options, () =>
        {
            var analytic = Gradients.LabelSmoothedCrossEntropyWrtLogits(options.Logits, options.Labels, options.Smoothing, options.WeightVector, options.IgnoreIndex, options.Reduction);
            var numerical = Oracle.NumericalGradient(
                logits => Level9Oracle.LabelSmoothedCrossEntropy(logits, options.Labels, options.Smoothing, options.WeightVector, options.IgnoreIndex, options.Reduction),
                options.Logits);
            CentralDifferences.ShouldAgree(analytic, numerical);
        }));

    [Theory]
    [MemberData(nameof(BadLossOptionsInput.SmoothingProblems), MemberType = typeof(BadLossOptionsInput))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem) =>
        BadLossOptionsInput.Smoothing(problem, "Gradients.LabelSmoothedCrossEntropyWrtLogits",
            (logits, targets, epsilon, weight) => Gradients.LabelSmoothedCrossEntropyWrtLogits(logits, targets, epsilon, weight)).ShouldBeRejected(problem);
}
