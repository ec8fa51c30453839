using FsCheck;
using FsCheck.Fluent;

namespace LossKata.Tests;

/// <summary>Predicted probabilities (strictly inside (0, 1), some as small as 1e-12) with binary or soft targets.</summary>
public sealed record ProbabilityBatch(double[] Probabilities, double[] Targets)
{
    public override string ToString() => $"p = {Numbers.Show(Probabilities)}, y = {Numbers.Show(Targets)}";
}

/// <summary>Logits (from small to ±1000) with binary or soft targets.</summary>
public sealed record LogitBatch(double[] Logits, double[] Targets)
{
    public override string ToString() => $"z = {Numbers.Show(Logits)}, y = {Numbers.Show(Targets)}";
}

/// <summary>Logits in [−10, 10], where σ(z) keeps enough digits for BCE(σ(z), y) to be compared with the logits form.</summary>
public sealed record ModerateLogitBatch(double[] Logits, double[] Targets)
{
    public override string ToString() => $"z = {Numbers.Show(Logits)}, y = {Numbers.Show(Targets)}";
}

/// <summary>A labelled batch whose logits lie in [−20, 20], where no softmax probability underflows to 0.</summary>
public sealed record ModerateLabelledBatch(LabelledBatch Batch)
{
    public override string ToString() => Batch.ToString();
}

/// <summary>
/// Generators for the loss levels, next to <see cref="Generators"/>: targets are 0, 1 or soft; probabilities reach
/// 1e-12 and 1 − 1e-6. Use with <c>[Property(Arbitrary = [typeof(Generators), typeof(LossGenerators)])]</c>.
/// </summary>
public static class LossGenerators
{
    public static Arbitrary<ProbabilityBatch> ProbabilityBatches() =>
        Arb.From(
            from length in Gen.Choose(1, Generators.MaxLength)
            from probabilities in Gen.ArrayOf(Probability(), length)
            from targets in Gen.ArrayOf(Target(), length)
            select new ProbabilityBatch(probabilities, targets),
            batch => Halves(batch.Probabilities, batch.Targets).Select(pair => new ProbabilityBatch(pair.First, pair.Second)));

    public static Arbitrary<LogitBatch> LogitBatches() =>
        Arb.From(
            from length in Gen.Choose(1, Generators.MaxLength)
            from logits in Gen.ArrayOf(Generators.Logit(), length)
            from targets in Gen.ArrayOf(Target(), length)
            select new LogitBatch(logits, targets),
            batch => Halves(batch.Logits, batch.Targets).Select(pair => new LogitBatch(pair.First, pair.Second)));

    public static Arbitrary<ModerateLogitBatch> ModerateLogitBatches() =>
        Arb.From(
            from length in Gen.Choose(1, Generators.MaxLength)
            from logits in Gen.ArrayOf(Generators.Uniform(-10, 10), length)
            from targets in Gen.ArrayOf(Target(), length)
            select new ModerateLogitBatch(logits, targets),
            batch => Halves(batch.Logits, batch.Targets).Select(pair => new ModerateLogitBatch(pair.First, pair.Second)));

    public static Arbitrary<ModerateLabelledBatch> ModerateLabelledBatches() =>
        Arb.From(
            from rows in Gen.Choose(1, 6)
            from classes in Gen.Choose(2, 6)
            from logits in Gen.ArrayOf(Gen.ArrayOf(Generators.Uniform(-20, 20), classes), rows)
            from labels in Gen.ArrayOf(Gen.Choose(0, classes - 1), rows)
            select new ModerateLabelledBatch(new LabelledBatch(logits, labels)));

    /// <summary>A probability: mostly ordinary, sometimes within 1e-6 of 0 or 1, sometimes as small as 1e-12.</summary>
    public static Gen<double> Probability() =>
        Gen.Frequency(
            (6, Generators.Uniform(0.001, 0.999)),
            (1, Gen.Elements(1e-6, 1 - 1e-6, 0.5)),
            (1, Generators.Uniform(-12, -3).Select(exponent => Math.Pow(10, exponent))));

    /// <summary>A target: a hard label 0 or 1, or a soft one in [0, 1].</summary>
    public static Gen<double> Target() =>
        Gen.Frequency((2, Gen.Elements(0.0, 1.0)), (1, Generators.Uniform(0, 1)));

    /// <summary>Shrinks two parallel arrays by keeping either half (at least one element stays).</summary>
    private static IEnumerable<(double[] First, double[] Second)> Halves(double[] first, double[] second)
    {
        if (first.Length < 2)
        {
            yield break;
        }

        var half = first.Length / 2;
        yield return (first[..half], second[..half]);
        yield return (first[half..], second[half..]);
    }
}
