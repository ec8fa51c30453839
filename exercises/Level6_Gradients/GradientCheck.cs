namespace LossKata;

public static partial class GradientCheck
{
    /// <summary>
    /// Level 6 — the numerical gradient by central differences: for every coordinate i,
    /// <c>(f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h</c>. Central, not forward: its error is O(h²) instead of O(h).
    /// Work on a copy of x (the caller's vector must come back unchanged).
    /// <para>Bad input: <c>ArgumentNullException.ThrowIfNull(f)</c>, <c>Guard.NotEmptyNoNaN(x, nameof(x))</c>,
    /// <c>Guard.PositiveFinite(step, nameof(step))</c>.</para>
    /// Read docs/level-6-gradients.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=6"</c>
    /// </summary>
    /// <param name="f">The function to differentiate.</param>
    /// <param name="x">The point.</param>
    /// <param name="step">The step h, positive and finite (1e-5 balances truncation and rounding in float64).</param>
    public static Vector<double> Numerical(Func<Vector<double>, double> f, Vector<double> x, double step = 1e-5)
    {
        throw new NotImplementedException("not started: implement GradientCheck in exercises/Level6_Gradients/GradientCheck.cs");
    }

    /// <summary>
    /// Level 6 — the same for a function of a matrix: one central difference per element, the result shaped like x
    /// (element [i, j] of the result is the derivative with respect to x[i, j]).
    /// <para>Bad input: as the vector form.</para>
    /// </summary>
    /// <param name="f">The function to differentiate.</param>
    /// <param name="x">The point.</param>
    /// <param name="step">The step h, positive and finite.</param>
    public static Matrix<double> Numerical(Func<Matrix<double>, double> f, Matrix<double> x, double step = 1e-5)
    {
        throw new NotImplementedException("not started: implement GradientCheck in exercises/Level6_Gradients/GradientCheck.cs");
    }

    /// <summary>
    /// Level 6 — the largest elementwise relative error <c>|a − b| / max(|a|, |b|)</c>, counting an element as 0
    /// when both a and b are 0 (not NaN). CS231n's scale: above 1e-2 the gradient is wrong; below 1e-7 it is right.
    /// <para>Bad input, in this order: <c>Guard.NotEmptyNoNaN(analytic, nameof(analytic))</c>,
    /// <c>Guard.NotEmptyNoNaN(numerical, nameof(numerical))</c>, <c>Guard.SameShape(analytic, nameof(analytic), numerical, nameof(numerical))</c>.</para>
    /// </summary>
    /// <param name="analytic">The gradient from a formula.</param>
    /// <param name="numerical">The gradient by central differences, the same shape.</param>
    public static double MaxRelativeError(Matrix<double> analytic, Matrix<double> numerical)
    {
        throw new NotImplementedException("not started: implement GradientCheck in exercises/Level6_Gradients/GradientCheck.cs");
    }
}
