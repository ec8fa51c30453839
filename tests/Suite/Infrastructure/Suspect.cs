namespace LossKata.Tests;

/// <summary>
/// A realistic mistake of one exercise, with the test that decides whether it explains the value a learner's code
/// returned: mostly the very value the mistake gives on the input that failed, computed (the minus sign dropped,
/// log₂ for ln, the mean over N·C for N…). A failure message names the first suspect that explains the value, after
/// <see cref="Marker"/>, and says nothing of the others: a learner is never told "Sum was used" about a NaN.
/// </summary>
/// <param name="Explains">Given the actual and the expected value (a double, vector or matrix), whether the mistake
/// gives the actual one.</param>
/// <param name="Mistake">What the mistake is, phrased for the learner, without a final period.</param>
/// <param name="Computed">Whether <paramref name="Explains"/> compares with the value the mistake gives (rather than
/// recognising a NaN or ∞ it is known to produce): a computed suspect that fits outranks one that is not.</param>
public sealed record Suspect(Func<object, object, bool> Explains, string Mistake, bool Computed = true)
{
    /// <summary>The phrase a message contains, once, when it names the mistake that explains the value seen; the
    /// grader and <c>check</c> show such a failure first.</summary>
    public const string Marker = "Likely mistake:";

    /// <summary>Agreement between a learner's value and a mistake's: both computed in float64 by the same formula
    /// up to summation order, so 1e-9 relative is generous; NaN agrees with NaN and ∞ with ∞ of its sign.</summary>
    private const double Agreement = 1e-9;

    /// <summary>The mistake that returns <paramref name="value"/> here; it explains nothing where the right answer is
    /// that value too.</summary>
    public static Suspect Gives(double value, string mistake) =>
        new((actual, expected) => actual is double seen && expected is double right && Same(seen, value) && !Same(right, value), mistake);

    /// <summary>The mistake that returns the vector <paramref name="value"/> here, element for element.</summary>
    public static Suspect Gives(Vector<double> value, string mistake) =>
        new((actual, expected) => actual is Vector<double> seen && expected is Vector<double> right && Same(seen, value) && !Same(right, value), mistake);

    /// <summary>The mistake that returns the matrix <paramref name="value"/> here, element for element.</summary>
    public static Suspect Gives(Matrix<double> value, string mistake) =>
        new((actual, expected) => actual is Matrix<double> seen && expected is Matrix<double> right && Same(seen, value) && !Same(right, value), mistake);

    /// <summary>A result (or an element of it) NaN where a number was expected: for a mistake known to give NaN on this
    /// input and no other value.</summary>
    public static Suspect IfNaN(string mistake) => Somewhere((actual, expected) => double.IsNaN(actual) && !double.IsNaN(expected), mistake);

    /// <summary>A result (or an element of it) ±∞ where a finite number was expected.</summary>
    public static Suspect IfInfinite(string mistake) => Somewhere((actual, expected) => double.IsInfinity(actual) && double.IsFinite(expected), mistake);

    /// <summary>A result (or an element of it) NaN or ±∞ where a finite number was expected.</summary>
    public static Suspect IfNotFinite(string mistake) => Somewhere((actual, expected) => !double.IsFinite(actual) && double.IsFinite(expected), mistake);

    /// <summary>
    /// " Likely mistake: …." for the one computed suspect that gives <paramref name="actual"/> (or, if none does, the
    /// first NaN/∞ suspect that fits), or "". Where several mistakes give this very value the input cannot tell them
    /// apart: they are listed as possibilities, without the marker, and another test's input names the one made.
    /// </summary>
    public static string Diagnose(IEnumerable<Suspect> suspects, object actual, object expected)
    {
        var fitting = suspects.Where(suspect => suspect.Explains(actual, expected)).ToList();
        var computed = fitting.Where(suspect => suspect.Computed).Select(suspect => suspect.Mistake).Distinct().ToList();
        return computed.Count switch
        {
            1 => $" {Marker} {computed[0]}.",
            > 1 => " Your value is what each of these mistakes gives here: " + string.Join("; or ", computed) + ".",
            _ => fitting.FirstOrDefault() is { } recognised ? $" {Marker} {recognised.Mistake}." : "",
        };
    }

    public static bool Same(double actual, double mistaken) =>
        actual == mistaken || (double.IsNaN(actual) && double.IsNaN(mistaken))
        || (double.IsFinite(actual) && double.IsFinite(mistaken) && Numbers.Close(actual, mistaken, Agreement));

    private static bool Same(Vector<double> actual, Vector<double> mistaken) =>
        actual.Count == mistaken.Count && Enumerable.Range(0, actual.Count).All(i => Same(actual[i], mistaken[i]));

    private static bool Same(Matrix<double> actual, Matrix<double> mistaken) =>
        actual.RowCount == mistaken.RowCount && actual.ColumnCount == mistaken.ColumnCount && Same(actual.ToColumnMajorArray(), mistaken.ToColumnMajorArray());

    private static bool Same(double[] actual, double[] mistaken) => actual.Zip(mistaken).All(pair => Same(pair.First, pair.Second));

    private static Suspect Somewhere(Func<double, double, bool> fits, string mistake) =>
        new((actual, expected) => (actual, expected) switch
            {
                (double seen, double right) => fits(seen, right),
                (Vector<double> seen, Vector<double> right) => seen.Count == right.Count && Enumerable.Range(0, seen.Count).Any(i => fits(seen[i], right[i])),
                (Matrix<double> seen, Matrix<double> right) => seen.RowCount == right.RowCount && seen.ColumnCount == right.ColumnCount
                    && seen.ToColumnMajorArray().Zip(right.ToColumnMajorArray()).Any(pair => fits(pair.First, pair.Second)),
                _ => false,
            },
            mistake,
            Computed: false);
}
