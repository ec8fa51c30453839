// Mistake: the weight gradient transposed: Xᵀ·G is in×out, where ∂L/∂W = Gᵀ·X is out×in like W, so adding it to W's gradient fails
// Replaces: Level7_Network/Linear.cs
// Exercise: Linear
// Message must contain: "weight gradient is transposed", "Gᵀ·X"

// replace:
        Weight.Gradient.Add(outputGradient.TransposeThisAndMultiply(x), Weight.Gradient);
// with:
        Weight.Gradient.Add(x.TransposeThisAndMultiply(outputGradient), Weight.Gradient);
