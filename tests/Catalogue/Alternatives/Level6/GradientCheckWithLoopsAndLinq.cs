// Alternative: a loop over the coordinates of a copy of x, and the relative error with LINQ over both matrices
// Replaces: Level6_Gradients/GradientCheck.cs
// Exercise: GradientCheck

// replace:
        return Vector<double>.Build.Dense(x.Count, i => CentralDifference(() => f(point), value => point[i] = value, x[i], step));
// with:
        var gradient = Vector<double>.Build.Dense(x.Count);
        for (var i = 0; i < x.Count; i++)
        {
            var coordinate = i;
            gradient[i] = CentralDifference(() => f(point), value => point[coordinate] = value, x[i], step);
        }

        return gradient;

// replace:
        var largest = 0.0;
// through:
        return largest;
// with:
        return analytic.Enumerate().Zip(numerical.Enumerate())
            .Select(pair => (Difference: Math.Abs(pair.First - pair.Second), Scale: Math.Max(Math.Abs(pair.First), Math.Abs(pair.Second))))
            .Where(pair => pair.Scale > 0)
            .Select(pair => pair.Difference / pair.Scale)
            .DefaultIfEmpty(0)
            .Max();
