// Mistake: the sign of the exponent flipped, 1 / (1 + e^z), which is σ(−z)
// Replaces: Level4_Softmax/Sigmoid.cs
// Exercise: Activations.Sigmoid
// Message must contain: "never means a smaller probability"

// replace:
        if (z >= 0)
// through:
        return expZ / (1 + expZ);
// with:
        return 1 / (1 + Math.Exp(z));
