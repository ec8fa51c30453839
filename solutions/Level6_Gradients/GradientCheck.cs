namespace LossKata;

public static partial class GradientCheck
{
    /// <summary>
    /// The gradient of <paramref name="f"/> at <paramref name="x"/> by central differences:
    /// $(f(x + h e_i) - f(x - h e_i)) / 2h$ for every coordinate i. Costs 2n calls of f; x is not changed.
    /// </summary>
    /// <param name="f">The function to differentiate.</param>
    /// <param name="x">The point; NaN rejected.</param>
    /// <param name="step">The step h, positive and finite. The default 1e-5 is near $\sqrt[3]{\varepsilon}$, where the
    /// truncation error $O(h^2)$ and the rounding error $O(\varepsilon / h)$ of a float64 difference balance.</param>
    public static Vector<double> Numerical(Func<Vector<double>, double> f, Vector<double> x, double step = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(f);
        Guard.NotEmptyNoNaN(x, nameof(x));
        Guard.PositiveFinite(step, nameof(step));

        var point = x.Clone();
        return Vector<double>.Build.Dense(x.Count, i => CentralDifference(() => f(point), value => point[i] = value, x[i], step));
    }

    /// <summary>The matrix form of <see cref="Numerical(Func{Vector{double}, double}, Vector{double}, double)"/>:
    /// one central difference per element, the result shaped like x.</summary>
    /// <param name="f">The function to differentiate.</param>
    /// <param name="x">The point; NaN rejected.</param>
    /// <param name="step">The step h, positive and finite.</param>
    public static Matrix<double> Numerical(Func<Matrix<double>, double> f, Matrix<double> x, double step = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(f);
        Guard.NotEmptyNoNaN(x, nameof(x));
        Guard.PositiveFinite(step, nameof(step));

        var point = x.Clone();
        return Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount,
            (row, column) => CentralDifference(() => f(point), value => point[row, column] = value, x[row, column], step));
    }

    /// <summary>
    /// The largest elementwise relative error $|a - b| / \max(|a|, |b|)$, counting 0 where both are 0: the measure of
    /// CS231n's gradient checks (below ~1e-7 is good for a smooth function, above 1e-2 is a bug).
    /// </summary>
    /// <param name="analytic">The gradient from a formula.</param>
    /// <param name="numerical">The gradient by central differences, the same shape.</param>
    public static double MaxRelativeError(Matrix<double> analytic, Matrix<double> numerical)
    {
        Guard.NotEmptyNoNaN(analytic, nameof(analytic));
        Guard.NotEmptyNoNaN(numerical, nameof(numerical));
        Guard.SameShape(analytic, nameof(analytic), numerical, nameof(numerical));

        var largest = 0.0;
        for (var row = 0; row < analytic.RowCount; row++)
        {
            for (var column = 0; column < analytic.ColumnCount; column++)
            {
                var (a, b) = (analytic[row, column], numerical[row, column]);
                var scale = Math.Max(Math.Abs(a), Math.Abs(b));
                if (scale > 0)
                {
                    largest = Math.Max(largest, Math.Abs(a - b) / scale);
                }
            }
        }

        return largest;
    }

    /// <summary>Moves one coordinate of the point to either side of its original value, evaluates there, and
    /// puts it back.</summary>
    private static double CentralDifference(Func<double> evaluate, Action<double> setCoordinate, double original, double step)
    {
        setCoordinate(original + step);
        var above = evaluate();
        setCoordinate(original - step);
        var below = evaluate();
        setCoordinate(original);
        return (above - below) / (2 * step);
    }
}
