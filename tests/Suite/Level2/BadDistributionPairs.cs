using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level2;

/// <summary>Bad input shared by the two functions of a distribution pair (cross-entropy and KL divergence).</summary>
public static class BadDistributionPairs
{
    public static TheoryData<string, double[]?, double[]?, double, string, string> Cases => new()
    {
        { "p is null", null, [1.0], Math.E, "p", "*" },
        { "q is null", [1.0], null, Math.E, "q", "*" },
        { "empty", [], [], Math.E, "p", "p is empty*" },
        { "lengths differ", [0.5, 0.5], [0.2, 0.3, 0.5], Math.E, "q", "p has 2 elements but q has 3*same length*" },
        { "NaN in q", [0.5, 0.5], [double.NaN, 0.5], Math.E, "q", "q[0] is NaN*" },
        { "negative q", [0.5, 0.5], [-0.5, 1.5], Math.E, "q", "q[0] = -0.5 is a negative probability*" },
        { "negative p", [0.5, 0.7, -0.2], [0.2, 0.3, 0.5], Math.E, "p", "p[2] = -0.2 is a negative probability*" },
        { "q does not sum to 1", [0.5, 0.5], [0.5, 0.25], Math.E, "q", "q sums to 0.75, not 1*" },
        { "p does not sum to 1", [0.5, 0.75], [0.5, 0.5], Math.E, "p", "p sums to 1.25, not 1*" },
        { "q sums to 1 + 2·tolerance", [0.5, 0.5], [0.5, 0.5 + 2 * Guard.DistributionSumTolerance], Math.E, "q", "q sums to 1.00000*, not 1 (tolerance 1E-06)*" },
        { "log base 1", [0.5, 0.5], [0.5, 0.5], 1.0, "logBase", "logBase = 1 is not a logarithm base*" },
        { "log base 0", [0.5, 0.5], [0.5, 0.5], 0.0, "logBase", "*not a logarithm base*" },
        { "negative log base", [0.5, 0.5], [0.5, 0.5], -2.0, "logBase", "*not a logarithm base*" },
        { "infinite log base", [0.5, 0.5], [0.5, 0.5], double.PositiveInfinity, "logBase", "*not a logarithm base*" },
    };

    /// <summary>Null must throw <see cref="ArgumentNullException"/>; anything else an <see cref="ArgumentException"/>
    /// whose parameter name and message (a wildcard pattern) point at the bad argument.</summary>
    public static void ShouldBeRejected(
        Func<Vector<double>, Vector<double>, double, double> function,
        string problem,
        double[]? p,
        double[]? q,
        double logBase,
        string parameter,
        string message)
    {
        var call = FluentActions.Invoking(() => function(p is null ? null! : V(p), q is null ? null! : V(q), logBase));
        if (p is null || q is null)
        {
            call.Should().Throw<ArgumentNullException>($"{problem}: null must fail at the door").WithParameterName(parameter);
        }
        else
        {
            call.Should().Throw<ArgumentException>($"{problem}: bad input must fail with a message, never as a silent NaN")
                .WithParameterName(parameter).WithMessage(message);
        }
    }
}
