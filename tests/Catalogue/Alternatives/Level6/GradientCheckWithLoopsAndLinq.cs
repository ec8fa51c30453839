// Alternative: a loop over the coordinates of a copy of x, and the relative error with LINQ over both matrices
// Replaces: Level6_Gradients/GradientCheck.cs
// Exercise: GradientCheck
namespace LossKata;

public static partial class GradientCheck
{
    public static Vector<double> Numerical(Func<Vector<double>, double> f, Vector<double> x, double step = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(f);
        Guard.NotEmptyNoNaN(x, nameof(x));
        Guard.PositiveFinite(step, nameof(step));

        var point = x.Clone();
        var gradient = Vector<double>.Build.Dense(x.Count);
        for (var i = 0; i < x.Count; i++)
        {
            var coordinate = i;
            gradient[i] = CentralDifference(() => f(point), value => point[coordinate] = value, x[i], step);
        }

        return gradient;
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

        return analytic.Enumerate().Zip(numerical.Enumerate())
            .Select(pair => (Difference: Math.Abs(pair.First - pair.Second), Scale: Math.Max(Math.Abs(pair.First), Math.Abs(pair.Second))))
            .Where(pair => pair.Scale > 0)
            .Select(pair => pair.Difference / pair.Scale)
            .DefaultIfEmpty(0)
            .Max();
    }

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
