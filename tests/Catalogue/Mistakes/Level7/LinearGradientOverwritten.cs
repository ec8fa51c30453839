// Mistake: the weight gradient assigned instead of accumulated: PyTorch's backward adds to .grad until zero_grad()
// Replaces: Level7_Network/Linear.cs
// Exercise: Linear
// Message must contain: "accumulates"

// replace:
        Weight.Gradient.Add(outputGradient.TransposeThisAndMultiply(x), Weight.Gradient);
// with:
        outputGradient.TransposeThisAndMultiply(x).CopyTo(Weight.Gradient);
