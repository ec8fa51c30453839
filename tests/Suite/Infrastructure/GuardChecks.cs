namespace LossKata.Tests;

/// <summary>
/// One <see cref="Rejection"/> per check of common/Guard*.cs, spelled as the stubs spell the call
/// (<c>Guard.Distribution(p, nameof(p))</c>) and run on the bad input itself, so that the check a test names is
/// the check that gives the exception it expects.
/// </summary>
public static class GuardChecks
{
    public static Rejection Distribution(string name, Vector<double>? value, string message = "*") =>
        Of($"Guard.Distribution({name}, nameof({name}))", () => Guard.Distribution(value, name), name, value is null, message);

    public static Rejection Probabilities(string name, Vector<double>? value, string message = "*") =>
        Of($"Guard.Probabilities({name}, nameof({name}))", () => Guard.Probabilities(value, name), name, value is null, message);

    public static Rejection NotEmptyNoNaN(string name, Vector<double>? value, string message = "*") =>
        Of($"Guard.NotEmptyNoNaN({name}, nameof({name}))", () => Guard.NotEmptyNoNaN(value, name), name, value is null, message);

    public static Rejection NotEmptyNoNaN(string name, Matrix<double>? value, string message = "*") =>
        Of($"Guard.NotEmptyNoNaN({name}, nameof({name}))", () => Guard.NotEmptyNoNaN(value, name), name, value is null, message);

    public static Rejection SameLength(string first, Vector<double> firstValue, string second, Vector<double> secondValue, string message) =>
        Rejection.OfValue(
            $"Guard.SameLength({first}, nameof({first}), {second}, nameof({second}))",
            () => Guard.SameLength(firstValue, first, secondValue, second), second, message);

    public static Rejection SameShape(string first, Matrix<double> firstValue, string second, Matrix<double> secondValue, string message) =>
        Rejection.OfValue(
            $"Guard.SameShape({first}, nameof({first}), {second}, nameof({second}))",
            () => Guard.SameShape(firstValue, first, secondValue, second), second, message);

    /// <summary><c>Guard.Labels(targets, nameof(targets), logits.RowCount, logits.ColumnCount)</c> for the matrix
    /// named <paramref name="matrixName"/>.</summary>
    public static Rejection Labels(string name, IReadOnlyList<int>? labels, string matrixName, Matrix<double> matrix, string message = "*") =>
        Of($"Guard.Labels({name}, nameof({name}), {matrixName}.RowCount, {matrixName}.ColumnCount)",
            () => Guard.Labels(labels, name, matrix.RowCount, matrix.ColumnCount), name, labels is null, message);

    public static Rejection LogBase(double logBase, string message) =>
        Rejection.OfValue("Guard.LogBase(logBase, nameof(logBase))", () => Guard.LogBase(logBase, "logBase"), "logBase", message);

    public static Rejection NotNaN(string name, double value, string message) =>
        Rejection.OfValue($"Guard.NotNaN({name}, nameof({name}))", () => Guard.NotNaN(value, name), name, message);

    public static Rejection Probability(string name, double value, string message) =>
        Rejection.OfValue($"Guard.Probability({name}, nameof({name}))", () => Guard.Probability(value, name), name, message);

    public static Rejection PositiveFinite(string name, double value, string message) =>
        Rejection.OfValue($"Guard.PositiveFinite({name}, nameof({name}))", () => Guard.PositiveFinite(value, name), name, message);

    /// <summary>A null delegate, rejected by <c>ArgumentNullException.ThrowIfNull(f)</c>.</summary>
    public static Rejection NotNull(string name) =>
        Rejection.OfNull($"ArgumentNullException.ThrowIfNull({name})", () => ArgumentNullException.ThrowIfNull((object?)null, name), name);

    private static Rejection Of(string check, Action runCheck, string name, bool isNull, string message) =>
        isNull ? Rejection.OfNull(check, runCheck, name) : Rejection.OfValue(check, runCheck, name, message);
}
