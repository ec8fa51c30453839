// Mistake: an unstable form, e^z / (1 + e^z) for every z: ∞/∞ = NaN once e^z overflows
// Replaces: Level4_Softmax/Sigmoid.cs
// Exercise: Activations.Sigmoid
// Message must contain: "NaN"

// replace:
        if (z >= 0)
        {
            return 1 / (1 + Math.Exp(-z));
        }
// with:
