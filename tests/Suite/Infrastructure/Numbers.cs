using System.Globalization;

namespace LossKata.Tests;

/// <summary>Small helpers for building inputs and printing them readably in failure messages.</summary>
public static class Numbers
{
    /// <summary>The tolerance the issue asks of results compared with PyTorch in float64 on ordinary inputs:
    /// relative 1e-10 (absolute near zero). Float64 carries ~16 significant digits, so 1e-10 leaves room for a
    /// different but legitimate summation order or log-base change, while any formula mistake is far larger.</summary>
    public const double ReferenceTolerance = 1e-10;

    public static Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

    public static Matrix<double> M(double[][] rows) => Matrix<double>.Build.DenseOfRowArrays(rows);

    /// <summary>A one-hot vector of the given length with a 1 at <paramref name="index"/>.</summary>
    public static Vector<double> OneHot(int length, int index)
    {
        var vector = Vector<double>.Build.Dense(length);
        vector[index] = 1;
        return vector;
    }

    /// <summary>The one-hot encoding of a batch of labels, one row per label.</summary>
    public static Matrix<double> OneHot(IReadOnlyList<int> labels, int classes) =>
        Matrix<double>.Build.Dense(labels.Count, classes, (row, column) => labels[row] == column ? 1 : 0);

    /// <summary>|actual − expected| ≤ tolerance · max(1, |expected|): relative for large values, absolute near zero.</summary>
    public static bool Close(double actual, double expected, double tolerance = ReferenceTolerance) =>
        actual == expected || Math.Abs(actual - expected) <= tolerance * Math.Max(1, Math.Abs(expected));

    public static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    public static string Show(IEnumerable<double> values) =>
        "[" + string.Join(", ", values.Select(Show)) + "]";

    public static string Show(Matrix<double> matrix) =>
        "[" + string.Join(", ", matrix.EnumerateRows().Select(row => Show(row))) + "]";
}
