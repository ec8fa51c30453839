// Alternative: the update written as θ += (−η)·∂L/∂θ with MathNet's Add
// Replaces: Level7_Network/Sgd.cs
// Exercise: Sgd

// replace:
            parameter.Value.Subtract(parameter.Gradient.Multiply(LearningRate), parameter.Value);
// with:
            parameter.Value.Add(parameter.Gradient.Multiply(-LearningRate), parameter.Value);
