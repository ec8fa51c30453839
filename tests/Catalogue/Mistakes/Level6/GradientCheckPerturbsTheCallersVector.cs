// Mistake: the caller's x perturbed in place instead of a copy, and left moved by −h
// Replaces: Level6_Gradients/GradientCheck.cs
// Exercise: GradientCheck
// Message must contain: "perturbed"

// replace:
        var point = x.Clone();
        return Vector<double>.Build.Dense(x.Count, i => CentralDifference(() => f(point), value => point[i] = value, x[i], step));
// with:
        return Vector<double>.Build.Dense(x.Count, i => CentralDifference(() => f(x), value => x[i] = value, x[i], step));

// replace:
        setCoordinate(original);
// with:
