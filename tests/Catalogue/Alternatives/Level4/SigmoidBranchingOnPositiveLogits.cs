// Alternative: the branch taken on z > 0 rather than z ≥ 0: at z = 0 both forms give exactly ½
// Replaces: Level4_Softmax/Sigmoid.cs
// Exercise: Activations.Sigmoid

// replace:
        if (z >= 0)
// with:
        if (z > 0)
