// Alternative: the plain formula 1 / (1 + e^−z) for every z: IEEE arithmetic makes it safe (e^−z overflows to ∞ and 1/∞ = 0)
// Replaces: Level4_Softmax/Sigmoid.cs
// Exercise: Activations.Sigmoid

// replace:
        if (z >= 0)
// through:
        return expZ / (1 + expZ);
// with:
        return 1 / (1 + Math.Exp(-z));
