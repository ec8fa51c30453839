// Mistake: an infinite maximum not handled: zᵢ − m is ∞ − ∞ = NaN when m = ±∞
// Replaces: Level4_Softmax/LogSumExp.cs
// Exercise: Activations.LogSumExp
// Message must contain: "∞ − ∞"

// replace:
        if (double.IsInfinity(max))
        {
            return max;
        }
// with:
