using FsCheck;
using FsCheck.Fluent;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level9;

/// <summary>A batch of logits with labels (some of them the ignore index), class weights or none, a smoothing ε and a
/// reduction: every option of <c>F.cross_entropy</c> with class-index targets. At least one sample is kept.</summary>
public sealed record OptionsCase(double[][] Rows, int[] Labels, double[]? Weight, int IgnoreIndex, double Smoothing, Reduction Reduction)
{
    public Matrix<double> Logits => M(Rows);

    public Vector<double>? WeightVector => Weight is null ? null : V(Weight);

    public int Classes => Rows[0].Length;

    public override string ToString() =>
        $"logits = [{string.Join(", ", Rows.Select(Show))}], targets = [{string.Join(", ", Labels)}], " +
        $"weight = {(Weight is null ? "null" : Show(Weight))}, ignoreIndex = {IgnoreIndex}, labelSmoothing = {Show(Smoothing)}, reduction = {Reduction}";
}

/// <summary>Logits with soft (probability) targets, class weights or none, ε and a reduction.</summary>
public sealed record SoftCase(double[][] Rows, double[][] Targets, double[]? Weight, double Smoothing, Reduction Reduction)
{
    public override string ToString() =>
        $"logits = [{string.Join(", ", Rows.Select(Show))}], targets = [{string.Join(", ", Targets.Select(Show))}], " +
        $"weight = {(Weight is null ? "null" : Show(Weight))}, labelSmoothing = {Show(Smoothing)}, reduction = {Reduction}";
}

/// <summary>Logits, soft binary targets, α (−1 for none), γ and a reduction, for the focal loss.</summary>
public sealed record FocalCase(double[] Logits, double[] Targets, double Alpha, double Gamma, Reduction Reduction)
{
    public override string ToString() =>
        $"logits = {Show(Logits)}, targets = {Show(Targets)}, alpha = {Show(Alpha)}, gamma = {Show(Gamma)}, reduction = {Reduction}";
}

/// <summary>
/// Generators for level 9's properties. <see cref="AnyOptions"/> reaches the edges (logits of ±1000, a weight of 0,
/// ε of 0 and 1, the ignore index as a real class); <see cref="ModerateOptions"/> keeps logits in [−3, 3] for the gradient
/// checks, where a difference quotient measures the derivative rather than rounding. Shrinking rounds the numbers,
/// drops the weights and the smoothing, so a counterexample ends up short.
/// </summary>
public static class LossOptionsGenerators
{
    public const int DefaultIgnoreIndex = -100;

    public static Arbitrary<OptionsCase> AnyOptions() => Arb.From(Options(Generators.LogitRow), ShrinkOptions);

    public static Arbitrary<OptionsCase> ModerateOptions() =>
        Arb.From(Options(classes => Gen.ArrayOf(Generators.Uniform(-3, 3), classes)), ShrinkOptions);

    public static Arbitrary<SoftCase> AnySoftTargets() =>
        Arb.From(
            from rows in Gen.Choose(1, 5)
            from classes in Gen.Choose(2, 5)
            from logits in Gen.ArrayOf(Generators.LogitRow(classes), rows)
            from targets in Gen.ArrayOf(DistributionRow(classes), rows)
            from weight in Weights(classes)
            from smoothing in Smoothing()
            from reduction in Gen.Elements(Reduction.Mean, Reduction.Sum)
            select new SoftCase(logits, targets, weight, smoothing, reduction),
            ShrinkSoft);

    public static Arbitrary<FocalCase> AnyFocal() => Arb.From(Focal(Generators.Logit()), ShrinkFocal);

    public static Arbitrary<FocalCase> ModerateFocal() => Arb.From(Focal(Generators.Uniform(-6, 6)), ShrinkFocal);

    /// <summary>Class weights: none, all 1, or each in [0, 3] with a 0 now and then.</summary>
    public static Gen<double[]?> Weights(int classes) =>
        Gen.Frequency(
            (2, Gen.Constant<double[]?>(null)),
            (1, Gen.Constant<double[]?>(Enumerable.Repeat(1.0, classes).ToArray())),
            (4, Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0.0)), (6, Generators.Uniform(0.1, 3))), classes).Select(w => (double[]?)w)));

    /// <summary>ε: 0, 1, PyTorch's usual 0.1, or anything in between.</summary>
    public static Gen<double> Smoothing() =>
        Gen.Frequency((1, Gen.Elements(0.0, 1.0, 0.1)), (3, Generators.Uniform(0, 1)));

    private static Gen<OptionsCase> Options(Func<int, Gen<double[]>> row) =>
        from rows in Gen.Choose(1, 5)
        from classes in Gen.Choose(2, 5)
        from logits in Gen.ArrayOf(row(classes), rows)
        from ignoreIndex in Gen.Frequency((3, Gen.Constant(DefaultIgnoreIndex)), (1, Gen.Choose(0, classes - 1)))
        from labels in Gen.ArrayOf(Gen.Frequency((4, Gen.Choose(0, classes - 1)), (1, Gen.Constant(ignoreIndex))), rows)
        from weight in Weights(classes)
        from smoothing in Smoothing()
        from reduction in Gen.Elements(Reduction.Mean, Reduction.Sum)
        select KeepOneSample(new OptionsCase(logits, labels, weight, ignoreIndex, smoothing, reduction));

    /// <summary>Keeps a sample of positive weight, so that Mean is never 0/0: the first class that is not the ignore
    /// index, given weight 1 if it had 0, becomes the first sample's label if no sample is kept otherwise.</summary>
    private static OptionsCase KeepOneSample(OptionsCase options)
    {
        var kept = options.IgnoreIndex == 0 ? 1 : 0;
        var weight = options.Weight?.ToArray();
        if (weight is not null && weight[kept] == 0)
        {
            weight[kept] = 1;
        }

        var anyKept = options.Labels.Any(label => label != options.IgnoreIndex && (weight is null || weight[label] > 0));
        return options with { Weight = weight, Labels = anyKept ? options.Labels : [kept, .. options.Labels[1..]] };
    }

    /// <summary>A distribution over the classes: one-hot, uniform, or random with zeros now and then.</summary>
    private static Gen<double[]> DistributionRow(int classes) =>
        Gen.Frequency(
            (1, Gen.Choose(0, classes - 1).Select(hot => Enumerable.Range(0, classes).Select(c => c == hot ? 1.0 : 0.0).ToArray())),
            (1, Gen.Constant(Enumerable.Repeat(1.0 / classes, classes).ToArray())),
            (3, Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0.0)), (3, Generators.Uniform(0.01, 1))), classes)
                .Where(weights => weights.Sum() > 0)
                .Select(weights => weights.Select(value => value / weights.Sum()).ToArray())));

    private static IEnumerable<SoftCase> ShrinkSoft(SoftCase soft)
    {
        if (soft.Weight is not null)
        {
            yield return soft with { Weight = null };
        }

        if (soft.Smoothing != 0)
        {
            yield return soft with { Smoothing = 0 };
        }

        var rounded = soft.Rows.Select(row => row.Select(value => Math.Round(value)).ToArray()).ToArray();
        if (!rounded.Zip(soft.Rows).All(pair => pair.First.SequenceEqual(pair.Second)))
        {
            yield return soft with { Rows = rounded };
        }
    }

    private static IEnumerable<OptionsCase> ShrinkOptions(OptionsCase options)
    {
        if (options.Weight is not null)
        {
            yield return options with { Weight = null };
        }

        if (options.Smoothing != 0)
        {
            yield return options with { Smoothing = 0 };
        }

        if (options.Rows.Length > 1 && options.Labels.Skip(1).Any(label => label != options.IgnoreIndex && (options.Weight is null || options.Weight[label] > 0)))
        {
            yield return options with { Rows = options.Rows[1..], Labels = options.Labels[1..] };
        }

        foreach (var decimals in new[] { 0, 1 })
        {
            var rounded = options.Rows.Select(row => row.Select(value => Math.Round(value, decimals)).ToArray()).ToArray();
            if (!rounded.Zip(options.Rows).All(pair => pair.First.SequenceEqual(pair.Second)))
            {
                yield return options with { Rows = rounded };
            }
        }
    }

    private static Gen<FocalCase> Focal(Gen<double> logit) =>
        from length in Gen.Choose(1, 6)
        from logits in Gen.ArrayOf(logit, length)
        from targets in Gen.ArrayOf(Gen.Frequency((3, Gen.Elements(0.0, 1.0)), (1, Generators.Uniform(0, 1))), length)
        from alpha in Gen.Frequency((1, Gen.Constant(-1.0)), (1, Gen.Constant(0.25)), (2, Generators.Uniform(0, 1)))
        from gamma in Gen.Frequency((1, Gen.Elements(0.0, 2.0)), (2, Generators.Uniform(0, 5)))
        from reduction in Gen.Elements(Reduction.Mean, Reduction.Sum)
        select new FocalCase(logits, targets, alpha, gamma, reduction);

    private static IEnumerable<FocalCase> ShrinkFocal(FocalCase focal)
    {
        if (focal.Logits.Length > 1)
        {
            yield return focal with { Logits = focal.Logits[1..], Targets = focal.Targets[1..] };
        }

        var rounded = focal.Logits.Select(value => Math.Round(value, 1)).ToArray();
        if (!rounded.SequenceEqual(focal.Logits))
        {
            yield return focal with { Logits = rounded };
        }
    }
}
