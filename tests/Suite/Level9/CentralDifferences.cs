using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level9;

/// <summary>
/// Compares a level 9 gradient with central differences of the reference loss (<see cref="Oracle.NumericalGradient(Func{Matrix{double}, double}, Matrix{double}, double)"/>,
/// what the learner's own <c>GradientCheck</c> computes), the largest difference measured in units of the largest
/// component: an ignored row or a weight of 0 gives exact zeros, where an elementwise relative error would measure
/// the difference quotient's rounding, not the formula.
/// </summary>
internal static class CentralDifferences
{
    /// <summary>With h = 1e-5 on moderate logits (cross-entropy [−3, 3], focal loss [−6, 6]) the truncation (≈ h²) and
    /// rounding (≈ ε·|L|/h) errors stay near 1e-9; every mistake these exercises warn of (a missing weight, the wrong
    /// denominator, an ignored row left in, a dropped focusing term) is off by 1e-2 or more.</summary>
    public const double Bound = 1e-5;

    public static void ShouldAgree(Matrix<double> analytic, Matrix<double> numerical)
    {
        var scale = Math.Max(analytic.Enumerate().Select(Math.Abs).Max(), numerical.Enumerate().Select(Math.Abs).Max());
        var error = scale == 0 ? 0 : (analytic - numerical).Enumerate().Select(difference => Math.Abs(difference) / scale).Max();
        error.Should().BeLessThan(Bound,
            "your gradient {0} must agree with central differences {1} of the loss (your GradientCheck computes the same; " +
            "largest difference {2:G3} of the largest component, bound {3:G})",
            Show(analytic), Show(numerical), error, Bound);
    }

    public static void ShouldAgree(Vector<double> analytic, Vector<double> numerical) =>
        ShouldAgree(analytic.ToRowMatrix(), numerical.ToRowMatrix());
}
