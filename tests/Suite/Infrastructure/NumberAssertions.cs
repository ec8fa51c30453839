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
    /// As <see cref="ShouldBeCloseTo(double, double, string, double)"/>, with diagnoses of likely mistakes: each
    /// <see cref="Advice"/> is added to the message only when the value actually observed fits it (a value twice too
    /// large, NaN, a negative loss…), so that a learner is never told "Sum was used" about a NaN.
    /// </summary>
    public static void ShouldBeCloseTo(this double actual, double expected, string because, Advice[] advice, double tolerance = Numbers.ReferenceTolerance) =>
        actual.ShouldBeCloseTo(expected, because + Advice.Fitting(advice, actual, expected), tolerance);

    /// <summary>Asserts <paramref name="actual"/> ≥ <paramref name="bound"/>, adding the advice that fits the value seen.</summary>
    public static void ShouldBeAtLeast(this double actual, double bound, string because, params Advice[] advice) =>
        Execute.Assertion
            .BecauseOf(because + Advice.Fitting(advice, actual, bound))
            .ForCondition(actual >= bound)
            .FailWith("Expected a value of at least {0}{reason}, but got {1}.", bound, actual);

    /// <summary>Vector form of <see cref="ShouldBeCloseTo(double, double, string, Advice[], double)"/>: an advice fits
    /// when it fits some element.</summary>
    public static void ShouldBeCloseTo(this Vector<double> actual, Vector<double> expected, string because, Advice[] advice, double tolerance = Numbers.ReferenceTolerance) =>
        actual.ShouldBeCloseTo(expected, because + Advice.Fitting(advice, actual, expected), tolerance);

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

/// <summary>
/// A diagnosis of a wrong value — "a value 1.44 times too large means log₂ was used" — with the test that decides
/// whether the value seen fits it. Messages are built after seeing the value: only fitting advice is shown.
/// </summary>
/// <param name="Fits">Given the actual and the expected value, whether this mistake explains the actual one.</param>
/// <param name="Text">What the mistake is, phrased for the learner.</param>
public sealed record Advice(Func<double, double, bool> Fits, string Text)
{
    /// <summary>A result NaN where a number was expected.</summary>
    public static Advice IfNaN(string text) => new((actual, expected) => double.IsNaN(actual) && !double.IsNaN(expected), text);

    /// <summary>A result ±∞ where a finite number was expected.</summary>
    public static Advice IfInfinite(string text) => new((actual, expected) => double.IsInfinity(actual) && double.IsFinite(expected), text);

    /// <summary>A result NaN or ±∞ where a finite number was expected.</summary>
    public static Advice IfNotFinite(string text) => new((actual, expected) => !double.IsFinite(actual) && double.IsFinite(expected), text);

    /// <summary>A negative result where none can be.</summary>
    public static Advice IfNegative(string text) => new((actual, _) => actual < 0, text);

    /// <summary>A result <paramref name="factor"/> times the expected one (within 1e-6): a wrong divisor or log base.</summary>
    public static Advice IfTimes(double factor, string text) =>
        new((actual, expected) => factor != 1 && expected != 0 && Numbers.Close(actual, expected * factor, 1e-6), text);

    /// <summary>A result equal (within 1e-6) to the value a known mistake gives.</summary>
    public static Advice IfNear(double mistaken, string text) => new((actual, _) => Numbers.Close(actual, mistaken, 1e-6), text);

    /// <summary>The advice that fits the value seen, as a sentence to append to a "because", or "".</summary>
    public static string Fitting(IEnumerable<Advice> advice, double actual, double expected) =>
        Join(advice.Where(a => a.Fits(actual, expected)));

    /// <summary>Vector form: an advice fits when it fits at least one element.</summary>
    public static string Fitting(IEnumerable<Advice> advice, Vector<double> actual, Vector<double> expected) =>
        Join(advice.Where(a => actual.Count == expected.Count && Enumerable.Range(0, actual.Count).Any(i => a.Fits(actual[i], expected[i]))));

    private static string Join(IEnumerable<Advice> fitting)
    {
        var texts = fitting.Select(a => a.Text).ToList();
        return texts.Count == 0 ? "" : " — your value fits a known mistake: " + string.Join("; ", texts);
    }
}
