using System.Globalization;
using FluentAssertions.Execution;

namespace LossKata.Tests;

/// <summary>Assertions on numbers that say in their failure message what was expected and why.</summary>
public static class NumberAssertions
{
    /// <summary>Asserts <see cref="Numbers.Close"/>; the message shows both values, the difference and the tolerance.</summary>
    public static void ShouldBeCloseTo(this double actual, double expected, string because, double tolerance = Numbers.ReferenceTolerance)
    {
        ExpectedIsANumber(expected, because, "", actual.ToString("R", CultureInfo.InvariantCulture));
        Execute.Assertion
            .BecauseOf(because)
            .ForCondition(Numbers.Close(actual, expected, tolerance))
            .FailWith(
                "Expected {0}{reason}, but got {1} (difference {2}; tolerance {3}, relative, absolute near 0).",
                expected, actual, actual - expected, tolerance);
    }

    /// <summary>
    /// As <see cref="ShouldBeCloseTo(double, double, string, double)"/>, with a diagnosis: of the exercise's known
    /// mistakes (<paramref name="suspects"/>, each with the value it returns on this very input), the message names
    /// the first whose value is the one observed, after "Likely mistake:" — and none if none gives that value.
    /// </summary>
    public static void ShouldBeCloseTo(this double actual, double expected, string because, Suspect[] suspects, double tolerance = Numbers.ReferenceTolerance)
    {
        if (!Numbers.Close(actual, expected, tolerance))
        {
            actual.ShouldBeCloseTo(expected, because + Suspect.Diagnose(suspects, actual, expected), tolerance);
        }
    }

    /// <summary>Asserts <paramref name="actual"/> ≥ <paramref name="bound"/>, naming the suspect that gives the value seen.</summary>
    public static void ShouldBeAtLeast(this double actual, double bound, string because, params Suspect[] suspects) =>
        Execute.Assertion
            .BecauseOf(because)
            .ForCondition(actual >= bound)
            .FailWith("Expected a value of at least {0}{reason}, but got {1}." + Suspect.Diagnose(suspects, actual, bound), bound, actual);

    /// <summary>Vector form of <see cref="ShouldBeCloseTo(double, double, string, Suspect[], double)"/>: a suspect
    /// explains a vector when it gives it element for element (or, for a NaN/∞ suspect, when it fits some element).</summary>
    public static void ShouldBeCloseTo(this Vector<double> actual, Vector<double> expected, string because, Suspect[] suspects, double tolerance = Numbers.ReferenceTolerance)
    {
        if (actual.Count != expected.Count || Enumerable.Range(0, expected.Count).Any(i => !Numbers.Close(actual[i], expected[i], tolerance)))
        {
            actual.ShouldBeCloseTo(expected, because + Suspect.Diagnose(suspects, actual, expected), tolerance);
        }
    }

    /// <summary>Matrix form of <see cref="ShouldBeCloseTo(double, double, string, Suspect[], double)"/>.</summary>
    public static void ShouldBeCloseTo(this Matrix<double> actual, Matrix<double> expected, string because, Suspect[] suspects, double tolerance = Numbers.ReferenceTolerance)
    {
        var same = actual.RowCount == expected.RowCount && actual.ColumnCount == expected.ColumnCount
            && Enumerable.Range(0, expected.RowCount).All(row => Enumerable.Range(0, expected.ColumnCount).All(column => Numbers.Close(actual[row, column], expected[row, column], tolerance)));
        if (!same)
        {
            actual.ShouldBeCloseTo(expected, because + Suspect.Diagnose(suspects, actual, expected), tolerance);
        }
    }

    /// <summary>Asserts elementwise closeness of two vectors and names the first index that differs.</summary>
    public static void ShouldBeCloseTo(this Vector<double> actual, Vector<double> expected, string because, double tolerance = Numbers.ReferenceTolerance)
    {
        Execute.Assertion
            .BecauseOf(because)
            .ForCondition(actual.Count == expected.Count)
            .FailWith("Expected {0} elements{reason}, but got {1}.", expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            ExpectedIsANumber(expected[i], because, $"index {i}", Numbers.Show(actual));
            Execute.Assertion
                .BecauseOf(because)
                .ForCondition(Numbers.Close(actual[i], expected[i], tolerance))
                .FailWith(
                    "Expected {1} at index {0}{reason}, but got {2} (tolerance {3}); whole result {4}, expected {5}.",
                    i, expected[i], actual[i], tolerance, Numbers.Show(actual), Numbers.Show(expected));
        }
    }

    /// <summary>Asserts elementwise closeness of two matrices and names the first row and column that differ.</summary>
    public static void ShouldBeCloseTo(this Matrix<double> actual, Matrix<double> expected, string because, double tolerance = Numbers.ReferenceTolerance)
    {
        Execute.Assertion
            .BecauseOf(because)
            .ForCondition(actual.RowCount == expected.RowCount && actual.ColumnCount == expected.ColumnCount)
            .FailWith(
                "Expected a {0}×{1} matrix{reason}, but got {2}×{3}.",
                expected.RowCount, expected.ColumnCount, actual.RowCount, actual.ColumnCount);
        for (var row = 0; row < expected.RowCount; row++)
        {
            for (var column = 0; column < expected.ColumnCount; column++)
            {
                ExpectedIsANumber(expected[row, column], because, $"[{row}, {column}]", Numbers.Show(actual));
                Execute.Assertion
                    .BecauseOf(because)
                    .ForCondition(Numbers.Close(actual[row, column], expected[row, column], tolerance))
                    .FailWith(
                        "Expected {2} at [{0}, {1}]{reason}, but got {3} (tolerance {4}).",
                        row, column, expected[row, column], actual[row, column], tolerance);
            }
        }
    }

    /// <summary>
    /// Reference values are never NaN; a NaN expected value comes from the implementation under test itself
    /// (properties compare two of its results), and "Expected NaN, but got NaN" would tell a learner nothing.
    /// </summary>
    private static void ExpectedIsANumber(double expected, string because, string where, string result) =>
        Execute.Assertion
            .BecauseOf(because)
            .ForCondition(!double.IsNaN(expected))
            .FailWith(
                "Expected a number" + (where.Length > 0 ? " at " + where : "") + "{reason}, but the value to compare with is NaN: "
                + "it was computed by your own implementation too, on the same or related input (the result itself is {0}).",
                result);
}

