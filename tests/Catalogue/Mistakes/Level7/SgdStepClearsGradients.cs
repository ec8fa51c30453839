// Mistake: Step clears the gradients after using them, doing ZeroGrad's job (PyTorch's step leaves .grad as it is)
// Replaces: Level7_Network/Sgd.cs
// Exercise: Sgd
// Message must contain: "ZeroGrad's job"

// replace:
            parameter.Value.Subtract(parameter.Gradient.Multiply(LearningRate), parameter.Value);
// with:
            parameter.Value.Subtract(parameter.Gradient.Multiply(LearningRate), parameter.Value);
            parameter.Gradient.Clear();
