// Mistake: the relative error divided by |analytic| alone: where the analytic gradient is 0 it is ∞ or NaN, and it is not symmetric
// Replaces: Level6_Gradients/GradientCheck.cs
// Exercise: GradientCheck
// Message must contain: "relative error"

// replace:
                var scale = Math.Max(Math.Abs(a), Math.Abs(b));
// through:
                }
// with:
                largest = Math.Max(largest, Math.Abs(a - b) / Math.Abs(a));
