using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level1;

/// <summary>The bad input <c>Information.Entropy</c> must reject, each with the check that rejects it.</summary>
public static class BadDistributions
{
    private static readonly Dictionary<string, (Vector<double>? P, double LogBase, Rejection Rejection)> Cases = new()
    {
        ["p is null"] = Distribution(null, "*"),
        ["p is empty"] = Distribution(V(), "p is empty; it needs at least one element."),
        ["a NaN probability"] = Distribution(V(0.5, double.NaN), "p[1] is NaN."),
        ["a negative probability"] = Distribution(V(0.5, 0.7, -0.2), "p[2] = -0.2 is a negative probability; probabilities lie in [0, 1]."),
        ["a probability above 1"] = Distribution(V(1.5, -0.5), "p[0] = 1.5 is greater than 1; probabilities lie in [0, 1]."),
        ["p does not sum to one"] = Distribution(V(0.5, 0.4), "p sums to 0.9, not 1 (tolerance 1E-06)*"),
        ["log base 1"] = LogBase(1, "logBase = 1 is not a logarithm base; it must be positive, finite and not 1."),
        ["log base 0"] = LogBase(0, "logBase = 0 is not a logarithm base*"),
        ["negative log base"] = LogBase(-2, "logBase = -2 is not a logarithm base*"),
        ["NaN log base"] = LogBase(double.NaN, "logBase = NaN is not a logarithm base*"),
        ["infinite log base"] = LogBase(double.PositiveInfinity, "*is not a logarithm base*"),
    };

    public static TheoryData<string> Problems => [.. Cases.Keys];

    [RejectionsOf("Information.Entropy")]
    public static IEnumerable<Rejection> Rejections => Cases.Values.Select(c => c.Rejection);

    public static void ShouldBeRejected(string problem)
    {
        var (p, logBase, rejection) = Cases[problem];
        rejection.ShouldBeThrownBy(
            $"Information.Entropy(p = {(p is null ? "null" : Show(p))}, logBase = {Show(logBase)}) ({problem})",
            () => Information.Entropy(p!, logBase));
    }

    private static (Vector<double>?, double, Rejection) Distribution(Vector<double>? p, string message) =>
        (p, Math.E, GuardChecks.Distribution("p", p, message));

    private static (Vector<double>?, double, Rejection) LogBase(double logBase, string message) =>
        (V(0.5, 0.5), logBase, GuardChecks.LogBase(logBase, message));
}
