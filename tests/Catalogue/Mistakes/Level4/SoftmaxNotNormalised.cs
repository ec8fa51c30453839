// Mistake: the division by the sum forgotten: e^(zᵢ − m) alone does not sum to 1
// Replaces: Level4_Softmax/Softmax.cs
// Exercise: Activations.Softmax
// Message must contain: "add up to 1"

// replace:
        var exponentials = z.Map(value => Math.Exp(value - max));
        return exponentials / exponentials.Sum();
// with:
        return z.Map(value => Math.Exp(value - max));
