// Mistake: a forward difference (f(x + h) − f(x))/h, whose O(h) error is far above the central difference's O(h²)
// Replaces: Level6_Gradients/GradientCheck.cs
// Exercise: GradientCheck
// Message must contain: "forward difference", "central difference"

// replace:
        setCoordinate(original + step);
// through:
        return (above - below) / (2 * step);
// with:
        var at = evaluate();
        setCoordinate(original + step);
        var above = evaluate();
        setCoordinate(original);
        return (above - at) / step;
