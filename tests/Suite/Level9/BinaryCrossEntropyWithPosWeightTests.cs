using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level9;

[Exercise("Losses.BinaryCrossEntropyWithPosWeight")]
public sealed class BinaryCrossEntropyWithPosWeightTests
{
    [Probe("Losses.BinaryCrossEntropyWithPosWeight")]
    internal static void Probe() => Losses.BinaryCrossEntropyWithPosWeight(M([[0.5, -1.0]]), M([[1, 0]]), V(3, 1));

    public static TheoryData<string> PyTorchCases => PyTorchLevels1To5.Names(PyTorchLevel9.PosWeight);

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Agrees_with_PyTorch_for_mean_and_sum(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevel9.PosWeight, name);
        var (logits, targets, posWeight) = (M(reference.Logits), M(reference.Targets), V(reference.PosWeight));
        var call = $"F.binary_cross_entropy_with_logits(logits = {Show(logits)}, targets = {Show(targets)}, pos_weight = {Show(posWeight)}";
        Losses.BinaryCrossEntropyWithPosWeight(logits, targets, posWeight, Reduction.Sum).ShouldBeCloseTo(
            reference.Sum, $"{call}, reduction='sum') ('{name}'): −[p·y·log σ(z) + (1 − y)·log(1 − σ(z))] over every element",
            [Suspect.IfNotFinite("∞ or NaN at ±1000 means σ(z) or 1 − σ(z) was rounded to 0 before the log: use softplus(−z) = max(−z, 0) + log(1 + e^−|z|)")]);
        Losses.BinaryCrossEntropyWithPosWeight(logits, targets, posWeight).ShouldBeCloseTo(
            reference.Mean, $"{call}, reduction='mean') ('{name}') divides by every element, N·C = {logits.RowCount * logits.ColumnCount}",
            [Suspect.Gives(reference.Mean * logits.ColumnCount, $"a value {logits.ColumnCount} times too large divides by N alone"),
             Suspect.IfNotFinite("∞ or NaN at ±1000 means σ(z) or 1 − σ(z) was rounded to 0 before the log")]);
    }

    [Fact]
    public void Only_the_positive_term_is_weighted()
    {
        // z = 0 for both: each plain term is ln 2 = 0.6931472. The positive (y = 1) is weighted by 3, the negative (y = 0) is
        // not: Sum = 3·ln 2 + ln 2 = 2.7725887. Weighting both terms gives 6·ln 2 = 4.1588831.
        Losses.BinaryCrossEntropyWithPosWeight(M([[0, 0]]), M([[1, 0]]), V(3, 3), Reduction.Sum).ShouldBeCloseTo(
            4 * Math.Log(2), "pos_weight multiplies y·log σ(z) only",
            [Suspect.Gives(6 * Math.Log(2), "4.1589 is 3·ln 2 twice: the negative term (1 − y)·log(1 − σ(z)) was weighted too")]);
    }

    [Fact]
    public void Logits_of_plus_or_minus_1000_give_exact_finite_losses() =>
        // z = −1000 for a positive costs p·1000; z = 1000 for a negative costs 1000; the other two cost e^−1000 ≈ 0.
        Losses.BinaryCrossEntropyWithPosWeight(M([[-1000, 1000], [1000, -1000]]), M([[1, 0], [1, 0]]), V(2, 5), Reduction.Sum).ShouldBeCloseTo(
            2 * 1000 + 1000, "−log σ(−1000) = 1000 and −log(1 − σ(1000)) = 1000, computed from logits",
            [Suspect.IfNotFinite("∞ or NaN means a probability was rounded to 0 or 1 before the log; stay in logits with softplus")], 0);

    [Property]
    public Property Pos_weight_1_is_binary_cross_entropy_with_logits() =>
        Prop.ForAll(Batches(), batch => Counterexample.At(batch, () =>
        {
            var (logits, targets, reduction) = batch;
            var ones = V([.. Enumerable.Repeat(1.0, logits[0].Length)]);
            Losses.BinaryCrossEntropyWithPosWeight(M(logits), M(targets), ones, reduction).ShouldBeCloseTo(
                Oracle.BinaryCrossEntropyWithLogits(V([.. logits.SelectMany(row => row)]), V([.. targets.SelectMany(row => row)]), reduction),
                "pos_weight = 1 weighs nothing: level 3's BCE with logits over every element", 1e-9);
        }));

    [Theory]
    [MemberData(nameof(BadLossOptionsInput.PosWeightProblems), MemberType = typeof(BadLossOptionsInput))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem) =>
        BadLossOptionsInput.PosWeight(problem).ShouldBeRejected(problem);

    /// <summary>N×C logits over the whole range (±1000 included) with targets in [0, 1], mostly 0 or 1.</summary>
    private static Arbitrary<MultiLabelBatch> Batches() =>
        Arb.From(
            from rows in Gen.Choose(1, 4)
            from labels in Gen.Choose(1, 4)
            from logits in Gen.ArrayOf(Gen.ArrayOf(Generators.Logit(), labels), rows)
            from targets in Gen.ArrayOf(Gen.ArrayOf(Gen.Frequency((3, Gen.Elements(0.0, 1.0)), (1, Generators.Uniform(0, 1))), labels), rows)
            from reduction in Gen.Elements(Reduction.Mean, Reduction.Sum)
            select new MultiLabelBatch(logits, targets, reduction),
            batch => new[] { 0, 1 }
                .Select(decimals => batch with { Logits = [.. batch.Logits.Select(row => row.Select(value => Math.Round(value, decimals)).ToArray())] })
                .Where(rounded => !rounded.Logits.Zip(batch.Logits).All(pair => pair.First.SequenceEqual(pair.Second))));
}

/// <summary>N×C multi-label logits with their targets and a reduction; prints as the doc writes them.</summary>
public sealed record MultiLabelBatch(double[][] Logits, double[][] Targets, Reduction Reduction)
{
    public override string ToString() =>
        $"logits = [{string.Join(", ", Logits.Select(Show))}], targets = [{string.Join(", ", Targets.Select(Show))}], reduction = {Reduction}";
}
