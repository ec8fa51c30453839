// Mistake: the central difference divided by h instead of 2h, doubling every derivative
// Replaces: Level6_Gradients/GradientCheck.cs
// Exercise: GradientCheck
// Message must contain: "divided by h instead of 2h"

// replace:
        return (above - below) / (2 * step);
// with:
        return (above - below) / step;
