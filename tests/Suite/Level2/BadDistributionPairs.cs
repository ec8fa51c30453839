using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level2;

/// <summary>Bad input shared by the two functions of a distribution pair (cross-entropy and KL divergence), each
/// with the check that rejects it; the checks run in the stubs' order (p, q, their lengths, the base).</summary>
public static class BadDistributionPairs
{
    private static readonly Vector<double> Fair = V(0.5, 0.5);

    private static readonly Dictionary<string, (Vector<double>? P, Vector<double>? Q, double LogBase, Rejection Rejection)> Cases = new()
    {
        ["p is null"] = P(null, V(1.0), "*"),
        ["q is null"] = Q(V(1.0), null, "*"),
        ["empty"] = P(V(), V(), "p is empty; it needs at least one element."),
        ["lengths differ"] = (Fair, V(0.2, 0.3, 0.5), Math.E,
            GuardChecks.SameLength("p", Fair, "q", V(0.2, 0.3, 0.5), "p has 2 elements but q has 3; they must have the same length.")),
        ["NaN in q"] = Q(Fair, V(double.NaN, 0.5), "q[0] is NaN."),
        ["negative q"] = Q(Fair, V(-0.5, 1.5), "q[0] = -0.5 is a negative probability; probabilities lie in [0, 1]."),
        ["q above 1"] = Q(Fair, V(1.5, -0.5), "q[0] = 1.5 is greater than 1; probabilities lie in [0, 1]."),
        ["negative p"] = P(V(0.5, 0.7, -0.2), V(0.2, 0.3, 0.5), "p[2] = -0.2 is a negative probability*"),
        ["q does not sum to 1"] = Q(Fair, V(0.5, 0.25), "q sums to 0.75, not 1 (tolerance 1E-06); a distribution's probabilities must add up to 1."),
        ["p does not sum to 1"] = P(V(0.5, 0.75), Fair, "p sums to 1.25, not 1*"),
        ["q sums to 1 + 2·tolerance"] = Q(Fair, V(0.5, 0.5 + 2 * Guard.DistributionSumTolerance), "q sums to 1.00000*, not 1 (tolerance 1E-06)*"),
        ["p and q both bad"] = P(V(0.5, 0.75), V(double.NaN), "p sums to 1.25, not 1*"),
        ["lengths differ and log base 1"] = (Fair, V(0.2, 0.3, 0.5), 1.0,
            GuardChecks.SameLength("p", Fair, "q", V(0.2, 0.3, 0.5), "p has 2 elements but q has 3*")),
        ["log base 1"] = LogBase(1.0, "logBase = 1 is not a logarithm base; it must be positive, finite and not 1."),
        ["log base 0"] = LogBase(0.0, "logBase = 0 is not a logarithm base*"),
        ["negative log base"] = LogBase(-2.0, "logBase = -2 is not a logarithm base*"),
        ["infinite log base"] = LogBase(double.PositiveInfinity, "*is not a logarithm base*"),
    };

    public static TheoryData<string> Problems => [.. Cases.Keys];

    [RejectionsOf("Information.CrossEntropy", "Information.KlDivergence")]
    public static IEnumerable<Rejection> Rejections => Cases.Values.Select(c => c.Rejection);

    /// <summary>Calls <paramref name="function"/> (named <paramref name="name"/> in the message) on the bad input.</summary>
    public static void ShouldBeRejected(string name, Func<Vector<double>, Vector<double>, double, double> function, string problem)
    {
        var (p, q, logBase, rejection) = Cases[problem];
        rejection.ShouldBeThrownBy(
            $"{name}(p = {ShowOrNull(p)}, q = {ShowOrNull(q)}, logBase = {Show(logBase)}) ({problem})",
            () => function(p!, q!, logBase));
    }

    private static string ShowOrNull(Vector<double>? vector) => vector is null ? "null" : Show(vector);

    private static (Vector<double>?, Vector<double>?, double, Rejection) P(Vector<double>? p, Vector<double>? q, string message) =>
        (p, q, Math.E, GuardChecks.Distribution("p", p, message));

    private static (Vector<double>?, Vector<double>?, double, Rejection) Q(Vector<double>? p, Vector<double>? q, string message) =>
        (p, q, Math.E, GuardChecks.Distribution("q", q, message));

    private static (Vector<double>?, Vector<double>?, double, Rejection) LogBase(double logBase, string message) =>
        (Fair, Fair, logBase, GuardChecks.LogBase(logBase, message));
}
