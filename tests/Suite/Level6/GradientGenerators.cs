using FsCheck;
using FsCheck.Fluent;

namespace LossKata.Tests.Level6;

/// <summary>One logit with a hard binary target.</summary>
public sealed record OneLogitCase(double Logit, int Target)
{
    public override string ToString() => $"z = {Logit:R}, y = {Target}";
}

/// <summary>A batch of logits with labels, and the reduction of the loss being differentiated.</summary>
public sealed record BatchCase(LabelledBatch Batch, Reduction Reduction)
{
    public override string ToString() => $"{Batch}, reduction = {Reduction}";
}

/// <summary>
/// Generators for level 6's inequalities, registered with <c>[Property(Arbitrary = [typeof(GradientGenerators)])]</c>:
/// the whole range of <see cref="Generators.Logit"/> (±1000 included) with the tie points where the bounds are tight.
/// </summary>
public static class GradientGenerators
{
    /// <summary>Any logit, z = 0 (the tie point of the sigmoid bound) one time in five, with y ∈ {0, 1}.</summary>
    public static Arbitrary<OneLogitCase> AnyOneLogitCases() =>
        Arb.From(OneLogitCaseOf(Gen.Frequency((4, Generators.Logit()), (1, Gen.Constant(0.0)))), ShrinkOneLogitCase);

    /// <summary>Batches over the whole logit range (huge, tied, two-class ties included), either reduction.</summary>
    public static Arbitrary<BatchCase> AnyBatchCases() =>
        Arb.From(
            from batch in Generators.LabelledBatches().Generator
            from reduction in Gen.Elements(Reduction.Mean, Reduction.Sum)
            select new BatchCase(batch, reduction),
            batchCase => Generators.LabelledBatches().Shrinker(batchCase.Batch).Select(batch => batchCase with { Batch = batch }));

    // Gen and shrinker rather than an Arbitrary, so that FsCheck does not register them as a second OneLogitCase source.
    internal static Gen<OneLogitCase> OneLogitCaseOf(Gen<double> logits) =>
        from logit in logits
        from target in Gen.Elements(0, 1)
        select new OneLogitCase(logit, target);

    /// <summary>The same case with the logit rounded to 0, 1 and 2 decimals.</summary>
    internal static IEnumerable<OneLogitCase> ShrinkOneLogitCase(OneLogitCase binary) =>
        new[] { 0, 1, 2 }
            .Select(decimals => binary with { Logit = Math.Round(binary.Logit, decimals) })
            .Where(rounded => rounded.Logit != binary.Logit);
}

/// <summary>
/// Inputs for the gradient checks, used with <c>Prop.ForAll</c>: moderate logits, because a difference quotient of
/// a saturated function measures rounding, not the derivative.
/// </summary>
public static class ModerateCases
{
    /// <summary>Logits in [−8, 8], where the loss is far from flat in double precision, with y ∈ {0, 1}.</summary>
    public static Arbitrary<OneLogitCase> OneLogitCases() =>
        Arb.From(
            GradientGenerators.OneLogitCaseOf(Gen.Frequency((4, Generators.Uniform(-8, 8)), (1, Gen.Constant(0.0)))),
            GradientGenerators.ShrinkOneLogitCase);

    /// <summary>Batches of 1–4 rows and 2–5 classes with logits in [−3, 3] (one row in five all tied), either reduction.</summary>
    public static Arbitrary<BatchCase> BatchCases() =>
        Arb.From(
            from rows in Gen.Choose(1, 4)
            from classes in Gen.Choose(2, 5)
            from logits in Gen.ArrayOf(ModerateRow(classes), rows)
            from labels in Gen.ArrayOf(Gen.Choose(0, classes - 1), rows)
            from reduction in Gen.Elements(Reduction.Mean, Reduction.Sum)
            select new BatchCase(new LabelledBatch(logits, labels), reduction));

    private static Gen<double[]> ModerateRow(int classes) =>
        Gen.Frequency(
            (4, Gen.ArrayOf(Generators.Uniform(-3, 3), classes)),
            (1, Generators.Uniform(-3, 3).Select(value => Enumerable.Repeat(value, classes).ToArray())));
}
