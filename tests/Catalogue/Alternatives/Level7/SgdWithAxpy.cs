// Alternative: the update written as θ += (−η)·∂L/∂θ with MathNet's Add
// Replaces: Level7_Network/Sgd.cs
// Exercise: Sgd

// replace:
            parameters[i].Gradient.Multiply(LearningRate, steps[i]);
            parameters[i].Value.Subtract(steps[i], parameters[i].Value);
// with:
            parameters[i].Gradient.Multiply(-LearningRate, steps[i]);
            parameters[i].Value.Add(steps[i], parameters[i].Value);
