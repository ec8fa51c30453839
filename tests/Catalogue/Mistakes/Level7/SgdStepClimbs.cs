// Mistake: the wrong sign of the update: θ + η·∂L/∂θ climbs the loss instead of descending it
// Replaces: Level7_Network/Sgd.cs
// Exercise: Sgd
// Message must contain: "θ ← θ − η·∂L/∂θ"

// replace:
            parameter.Value.Subtract(parameter.Gradient.Multiply(LearningRate), parameter.Value);
// with:
            parameter.Value.Add(parameter.Gradient.Multiply(LearningRate), parameter.Value);
