// Mistake: ReLU's backward passes the gradient everywhere, as if the unit were linear: where it did not fire its derivative is 0
// Replaces: Level7_Network/Relu.cs
// Exercise: Relu
// Message must contain: "did not fire"

// replace:
        return outputGradient.Map2((gradient, value) => value > 0 ? gradient : 0, y);
// with:
        return outputGradient.Clone();
