// Mistake: Step clears the gradients after using them, doing ZeroGrad's job (PyTorch's step leaves .grad as it is)
// Replaces: Level7_Network/Sgd.cs
// Exercise: Sgd
// Message must contain: "ZeroGrad's job"

// replace:
            parameters[i].Value.Subtract(steps[i], parameters[i].Value);
// with:
            parameters[i].Value.Subtract(steps[i], parameters[i].Value);
            parameters[i].Gradient.Clear();
