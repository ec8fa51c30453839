using LossKata.Explore.Views;

namespace LossKata.Explore;

/// <summary>How a row of the learner's compares with the reference's.</summary>
public enum RowStatus
{
    /// <summary>Every value within <see cref="Comparison.Tolerance"/> of the reference's.</summary>
    Matches,

    /// <summary>Some value further than <see cref="Comparison.Tolerance"/> from the reference's, or a different count.</summary>
    Differs,

    /// <summary>The exercise is still the shipped stub: the reference is shown alone.</summary>
    NotStarted,

    /// <summary>The learner's function threw; the message says what.</summary>
    Throws,

    /// <summary>No value from the learner's code at all: it is building, does not compile, timed out or crashed.</summary>
    Unavailable,
}

/// <summary>One quantity of a view as the page shows it: the reference's values, the learner's, and how they compare
/// (the largest difference and the first index where it is beyond the tolerance).</summary>
public sealed record ComparedRow(
    string Key,
    string Exercise,
    double[]? Reference,
    string? ReferenceProblem,
    double[]? Yours,
    RowStatus Status,
    string? Message,
    double? LargestDifference,
    int? FirstDifference);

/// <summary>Puts the learner's rows beside the reference's.</summary>
public static class Comparison
{
    /// <summary>Two values agree when they differ by at most 1e-9, relative to their size once it passes 1: far below
    /// any mistake a learner makes, far above the rounding of two correct float64 formulas for these small inputs.</summary>
    public const double Tolerance = 1e-9;

    /// <param name="reference">The reference's rows.</param>
    /// <param name="yours">The learner's rows, matched to the reference's by key, or null when there are none.</param>
    /// <param name="unavailable">Why there are none (building, compile errors, a time-out, a crash).</param>
    public static IReadOnlyList<ComparedRow> Compare(IReadOnlyList<Row> reference, IReadOnlyList<Row>? yours, string? unavailable) =>
        [.. reference.Select(row => Compare(row, yours?.FirstOrDefault(learner => learner.Key == row.Key), unavailable))];

    private static ComparedRow Compare(Row reference, Row? yours, string? unavailable)
    {
        var expected = reference.Outcome.Values;
        var row = new ComparedRow(reference.Key, reference.Exercise, expected, reference.Outcome.Problem, null, RowStatus.Unavailable, unavailable, null, null);
        if (yours is null)
        {
            return row;
        }

        var actual = yours.Outcome;
        if (actual.NotStarted)
        {
            return row with { Status = RowStatus.NotStarted, Message = actual.Problem };
        }

        if (actual.Values is null)
        {
            return row with { Status = RowStatus.Throws, Message = actual.Problem };
        }

        if (expected is null || expected.Length != actual.Values.Length)
        {
            var counts = expected is null ? "the reference threw for this input" : $"{actual.Values.Length} values where the reference gives {expected.Length}";
            return row with { Yours = actual.Values, Status = RowStatus.Differs, Message = counts };
        }

        var (largest, first) = (0.0, (int?)null);
        for (var i = 0; i < expected.Length; i++)
        {
            var difference = Difference(expected[i], actual.Values[i]);
            largest = Math.Max(largest, double.IsNaN(difference) ? double.PositiveInfinity : difference);
            if (first is null && !(difference <= Tolerance))
            {
                first = i;
            }
        }

        return row with
        {
            Yours = actual.Values,
            Status = first is null ? RowStatus.Matches : RowStatus.Differs,
            Message = null,
            LargestDifference = largest,
            FirstDifference = first,
        };
    }

    /// <summary>|a − b|, relative once the values pass 1; 0 for equal infinities and for NaN against NaN.</summary>
    private static double Difference(double expected, double actual)
    {
        if (expected.Equals(actual))
        {
            return 0;
        }

        return Math.Abs(expected - actual) / Math.Max(1, Math.Max(Math.Abs(expected), Math.Abs(actual)));
    }
}
