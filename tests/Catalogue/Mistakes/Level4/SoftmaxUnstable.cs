// Mistake: an unstable softmax, e^zᵢ / Σ e^zⱼ without subtracting the maximum: e^1000 = ∞ and ∞/∞ = NaN
// Replaces: Level4_Softmax/Softmax.cs
// Exercise: Activations.Softmax
// Message must contain: "NaN"

// replace:
        var max = z.Maximum();
        var exponentials = z.Map(value => Math.Exp(value - max));
// with:
        var exponentials = z.PointwiseExp();
