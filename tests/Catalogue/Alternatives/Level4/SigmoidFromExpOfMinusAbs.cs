// Alternative: another stable form: e = e^−|z| once, then 1 / (1 + e) or e / (1 + e) by the sign of z
// Replaces: Level4_Softmax/Sigmoid.cs
// Exercise: Activations.Sigmoid

// replace:
        if (z >= 0)
// through:
        return expZ / (1 + expZ);
// with:
        var e = Math.Exp(-Math.Abs(z));
        return z >= 0 ? 1 / (1 + e) : e / (1 + e);
