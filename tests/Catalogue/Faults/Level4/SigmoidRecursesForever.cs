// Fault: σ(z) computed as σ(z) for z ≥ 0: the recursion never ends and the stack overflows
// Replaces: Level4_Softmax/Sigmoid.cs
// Exercise: Activations.Sigmoid
// Problem must contain: "crashed", "Stack overflow."

// replace:
        if (z >= 0)
// with:
        if (z >= 0 && !double.IsNaN(Sigmoid(z)))
