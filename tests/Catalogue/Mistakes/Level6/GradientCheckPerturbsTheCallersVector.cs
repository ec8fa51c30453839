// Mistake: the caller's x perturbed in place instead of a copy, and left moved by −h
// Replaces: Level6_Gradients/GradientCheck.cs
// Exercise: GradientCheck
// Message must contain: "perturbed"
namespace LossKata;

public static partial class GradientCheck
{
    public static Vector<double> Numerical(Func<Vector<double>, double> f, Vector<double> x, double step = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(f);
        Guard.NotEmptyNoNaN(x, nameof(x));
        Guard.PositiveFinite(step, nameof(step));

        return Vector<double>.Build.Dense(x.Count, i => CentralDifference(() => f(x), value => x[i] = value, x[i], step));
    }

    public static Matrix<double> Numerical(Func<Matrix<double>, double> f, Matrix<double> x, double step = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(f);
        Guard.NotEmptyNoNaN(x, nameof(x));
        Guard.PositiveFinite(step, nameof(step));

        var point = x.Clone();
        return Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount,
            (row, column) => CentralDifference(() => f(point), value => point[row, column] = value, x[row, column], step));
    }

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

    private static double CentralDifference(Func<double> evaluate, Action<double> setCoordinate, double original, double step)
    {
        setCoordinate(original + step);
        var above = evaluate();
        setCoordinate(original - step);
        var below = evaluate();
        return (above - below) / (2 * step);
    }
}
