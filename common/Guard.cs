using System.Globalization;
using SimdVector = System.Numerics.Vector;
using System.Runtime.InteropServices;

namespace LossKata;

/// <summary>
/// Argument checks shared by the exercises and the reference solutions, so that bad input always fails
/// at the door with an exception naming the argument, the index and the problem, never as a silent NaN.
/// </summary>
public static partial class Guard
{
    /// <summary>How far the sum of a probability distribution may be from 1: loose enough for
    /// probabilities read from text with a few decimals, tight enough to catch an unnormalised vector.</summary>
    public const double DistributionSumTolerance = 1e-6;

    /// <summary>Rejects null, empty and NaN-containing vectors. Infinities are allowed (a logit may be −∞).</summary>
    public static void NotEmptyNoNaN(Vector<double>? vector, string name)
    {
        ArgumentNullException.ThrowIfNull(vector, name);
        if (vector.Count == 0)
        {
            throw new ArgumentException($"{name} is empty; it needs at least one element.", name);
        }

        for (var i = 0; i < vector.Count; i++)
        {
            if (double.IsNaN(vector[i]))
            {
                throw new ArgumentException($"{name}[{i}] is NaN.", name);
            }
        }
    }

    /// <summary>Rejects null, empty and NaN-containing matrices; reports the first NaN by row and column.</summary>
    public static void NotEmptyNoNaN(Matrix<double>? matrix, string name)
    {
        ArgumentNullException.ThrowIfNull(matrix, name);
        if (matrix.RowCount == 0 || matrix.ColumnCount == 0)
        {
            throw new ArgumentException($"{name} is empty ({matrix.RowCount}×{matrix.ColumnCount}); it needs at least one row and one column.", name);
        }

        // A dense matrix's values are scanned as one array, which is fast enough for every layer of every training
        // step; only when a NaN is there is it looked for again, by row and column, for the message.
        if (matrix.AsColumnMajorArray() is { } values && !ContainsNaN(values))
        {
            return;
        }

        for (var row = 0; row < matrix.RowCount; row++)
        {
            for (var column = 0; column < matrix.ColumnCount; column++)
            {
                if (double.IsNaN(matrix[row, column]))
                {
                    throw new ArgumentException($"{name}[{row}, {column}] is NaN.", name);
                }
            }
        }
    }

    /// <summary>Whether some value is NaN, the one value not equal to itself, compared a SIMD vector at a time.</summary>
    private static bool ContainsNaN(double[] values)
    {
        var vectors = MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(values);
        foreach (var vector in vectors)
        {
            if (!SimdVector.EqualsAll(vector, vector))
            {
                return true;
            }
        }

        foreach (var value in values.AsSpan(vectors.Length * System.Numerics.Vector<double>.Count))
        {
            if (double.IsNaN(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every element must lie in [0, 1] (probabilities, or soft binary targets).</summary>
    public static void Probabilities(Vector<double>? vector, string name)
    {
        NotEmptyNoNaN(vector, name);
        for (var i = 0; i < vector!.Count; i++)
        {
            var value = vector[i];
            if (value < 0)
            {
                throw new ArgumentException($"{name}[{i}] = {Format(value)} is a negative probability; probabilities lie in [0, 1].", name);
            }

            if (value > 1)
            {
                throw new ArgumentException($"{name}[{i}] = {Format(value)} is greater than 1; probabilities lie in [0, 1].", name);
            }
        }
    }

    /// <summary>A probability distribution: elements in [0, 1] summing to 1 within <see cref="DistributionSumTolerance"/>.</summary>
    public static void Distribution(Vector<double>? vector, string name)
    {
        Probabilities(vector, name);
        var sum = vector!.Sum();
        if (Math.Abs(sum - 1) > DistributionSumTolerance)
        {
            throw new ArgumentException($"{name} sums to {Format(sum)}, not 1 (tolerance {DistributionSumTolerance:G}); a distribution's probabilities must add up to 1.", name);
        }
    }

    /// <summary>Two vectors that are compared element by element must have the same length.</summary>
    public static void SameLength(Vector<double> first, string firstName, Vector<double> second, string secondName)
    {
        if (first.Count != second.Count)
        {
            throw new ArgumentException($"{firstName} has {first.Count} elements but {secondName} has {second.Count}; they must have the same length.", secondName);
        }
    }

    /// <summary>Two matrices that are compared element by element must have the same shape.</summary>
    public static void SameShape(Matrix<double> first, string firstName, Matrix<double> second, string secondName)
    {
        if (first.RowCount != second.RowCount || first.ColumnCount != second.ColumnCount)
        {
            throw new ArgumentException($"{firstName} is {first.RowCount}×{first.ColumnCount} but {secondName} is {second.RowCount}×{second.ColumnCount}; they must have the same shape.", secondName);
        }
    }

    /// <summary>One class label per row of a batch, each in [0, classes).</summary>
    public static void Labels(IReadOnlyList<int>? labels, string name, int rows, int classes)
    {
        ArgumentNullException.ThrowIfNull(labels, name);
        if (labels.Count != rows)
        {
            throw new ArgumentException($"{name} has {labels.Count} labels but the batch has {rows} rows; there must be one label per row.", name);
        }

        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] < 0 || labels[i] >= classes)
            {
                throw new ArgumentException($"{name}[{i}] = {labels[i]} is not a class label; labels lie in [0, {classes}).", name);
            }
        }
    }

    /// <summary>A logarithm base must be finite, positive and not 1.</summary>
    public static void LogBase(double logBase, string name)
    {
        if (!(logBase > 0) || logBase == 1 || double.IsInfinity(logBase))
        {
            throw new ArgumentException($"{name} = {Format(logBase)} is not a logarithm base; it must be positive, finite and not 1.", name);
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
