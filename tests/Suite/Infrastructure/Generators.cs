using FsCheck;
using FsCheck.Fluent;

namespace LossKata.Tests;

/// <summary>A probability distribution drawn by <see cref="Generators"/>; prints as its values so a
/// counterexample reads like the doc's examples.</summary>
public sealed record Distribution(double[] Values)
{
    public Vector<double> Vector => Vector<double>.Build.DenseOfArray(Values);

    public int Count => Values.Length;

    public override string ToString() => Numbers.Show(Values);
}

/// <summary>Two distributions of the same length (p, q).</summary>
public sealed record DistributionPair(Distribution P, Distribution Q)
{
    public override string ToString() => $"p = {P}, q = {Q}";
}

/// <summary>A vector of logits (unnormalised log-probabilities), possibly huge or tied.</summary>
public sealed record Logits(double[] Values)
{
    public Vector<double> Vector => Vector<double>.Build.DenseOfArray(Values);

    public override string ToString() => Numbers.Show(Values);
}

/// <summary>A batch of logits (one row per sample) with one class label per row.</summary>
public sealed record LabelledBatch(double[][] Rows, int[] Labels)
{
    public Matrix<double> Logits => Matrix<double>.Build.DenseOfRowArrays(Rows);

    public int Classes => Rows[0].Length;

    public override string ToString() =>
        $"logits = [{string.Join(", ", Rows.Select(Numbers.Show))}], labels = [{string.Join(", ", Labels)}]";
}

/// <summary>
/// FsCheck generators that reach the edges: distributions with zeros, one-hot, uniform, near-uniform and very
/// skewed; logits from small to ±1000, with ties. Shrinking removes elements and rounds values, so a
/// counterexample ends up short and with few decimals. Use with <c>[Property(Arbitrary = [typeof(Generators)])]</c>.
/// </summary>
public static class Generators
{
    public const int MaxLength = 8;

    public static Arbitrary<Distribution> Distributions() =>
        Arb.From(DistributionOfLength(Gen.Choose(1, MaxLength)), ShrinkDistribution);

    public static Arbitrary<DistributionPair> DistributionPairs() =>
        Arb.From(
            from length in Gen.Choose(1, MaxLength)
            from p in DistributionOfLength(Gen.Constant(length))
            from q in DistributionOfLength(Gen.Constant(length))
            select new DistributionPair(p, q),
            pair => ShrinkDistribution(pair.P).Where(p => p.Count == pair.Q.Count).Select(p => pair with { P = p })
                .Concat(ShrinkDistribution(pair.Q).Where(q => q.Count == pair.P.Count).Select(q => pair with { Q = q })));

    public static Arbitrary<Logits> LogitVectors() =>
        Arb.From(
            from length in Gen.Choose(1, MaxLength)
            from values in LogitRow(length)
            select new Logits(values),
            logits => ShrinkValues(logits.Values, minimumLength: 1).Select(values => new Logits(values)));

    public static Arbitrary<LabelledBatch> LabelledBatches() =>
        Arb.From(
            from rows in Gen.Choose(1, 6)
            from classes in Gen.Choose(2, 6)
            from logits in Gen.ArrayOf(LogitRow(classes), rows)
            from labels in Gen.ArrayOf(Gen.Choose(0, classes - 1), rows)
            select new LabelledBatch(logits, labels),
            ShrinkBatch);

    /// <summary>One logit: mostly ordinary, sometimes at the scale where exp overflows (±1000), sometimes 0.</summary>
    public static Gen<double> Logit() =>
        Gen.Frequency(
            (6, Uniform(-10, 10)),
            (2, Uniform(-1000, 1000)),
            (1, Gen.Elements(-1000.0, 1000.0, 0.0, 709.0, 710.0, -745.0)));

    /// <summary>A row of logits; one in five rows is all ties (every logit equal), where softmax is uniform.</summary>
    public static Gen<double[]> LogitRow(int length) =>
        Gen.Frequency(
            (4, Gen.ArrayOf(Logit(), length)),
            (1, Logit().Select(value => Enumerable.Repeat(value, length).ToArray())));

    /// <summary>A uniformly drawn double in [low, high], on a grid of 1e-6 of the range.</summary>
    public static Gen<double> Uniform(double low, double high) =>
        Gen.Choose(0, 1_000_000).Select(step => low + (high - low) * step / 1_000_000.0);

    private static Gen<Distribution> DistributionOfLength(Gen<int> lengths) =>
        from length in lengths
        from weights in Gen.Frequency(
            (1, OneHotWeights(length)),
            (1, Gen.Constant(Enumerable.Repeat(1.0, length).ToArray())),
            (1, Gen.ArrayOf(Uniform(0.999, 1.001), length)),
            (2, Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0.0)), (3, Uniform(0, 1))), length)),
            (1, SkewedWeights(length)),
            (2, Gen.ArrayOf(Uniform(-8, 8).Select(Math.Exp), length)))
        select Normalised(weights);

    private static Gen<double[]> OneHotWeights(int length) =>
        Gen.Choose(0, length - 1).Select(hot => Enumerable.Range(0, length).Select(i => i == hot ? 1.0 : 0.0).ToArray());

    /// <summary>One near-certain outcome and the rest with probabilities between 1e-12 and 1e-6, like a lottery.</summary>
    private static Gen<double[]> SkewedWeights(int length) =>
        from hot in Gen.Choose(0, length - 1)
        from small in Gen.ArrayOf(Uniform(-12, -6).Select(exponent => Math.Pow(10, exponent)), length)
        select small.Select((value, i) => i == hot ? 1.0 : value).ToArray();

    /// <summary>Divides by the sum; an all-zero draw becomes uniform so that it is still a distribution.</summary>
    private static Distribution Normalised(double[] weights)
    {
        var total = weights.Sum();
        return total > 0
            ? new Distribution(weights.Select(w => w / total).ToArray())
            : new Distribution(Enumerable.Repeat(1.0 / weights.Length, weights.Length).ToArray());
    }

    /// <summary>Shorter or rounder distributions. Normalising a rounded one can give the distribution back (1/9 rounds
    /// to 0.111 and normalises to 1/9 again); such a candidate is left out, or shrinking would go round in circles up
    /// to FsCheck's limit of 5000 steps.</summary>
    private static IEnumerable<Distribution> ShrinkDistribution(Distribution distribution) =>
        ShrinkValues(distribution.Values, minimumLength: 1)
            .Where(values => values.All(v => v >= 0) && values.Sum() > 0)
            .Select(Normalised)
            .Where(shrunk => !shrunk.Values.SequenceEqual(distribution.Values));

    /// <summary>Shorter arrays first (drop one element), then the same values rounded to 1, 2 and 3 decimals.</summary>
    private static IEnumerable<double[]> ShrinkValues(double[] values, int minimumLength)
    {
        if (values.Length > minimumLength)
        {
            for (var i = 0; i < values.Length; i++)
            {
                yield return values.Where((_, j) => j != i).ToArray();
            }
        }

        foreach (var decimals in new[] { 0, 1, 2, 3 })
        {
            var rounded = values.Select(v => Math.Round(v, decimals)).ToArray();
            if (!rounded.SequenceEqual(values))
            {
                yield return rounded;
            }
        }
    }

    private static IEnumerable<LabelledBatch> ShrinkBatch(LabelledBatch batch)
    {
        if (batch.Rows.Length > 1)
        {
            for (var i = 0; i < batch.Rows.Length; i++)
            {
                yield return new LabelledBatch(
                    batch.Rows.Where((_, j) => j != i).ToArray(),
                    batch.Labels.Where((_, j) => j != i).ToArray());
            }
        }

        foreach (var decimals in new[] { 0, 1, 2 })
        {
            var rounded = batch.Rows.Select(row => row.Select(v => Math.Round(v, decimals)).ToArray()).ToArray();
            if (!rounded.Zip(batch.Rows).All(pair => pair.First.SequenceEqual(pair.Second)))
            {
                yield return batch with { Rows = rounded };
            }
        }
    }
}
