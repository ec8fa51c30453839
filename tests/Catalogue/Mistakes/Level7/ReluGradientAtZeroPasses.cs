// Mistake: ReLU's gradient at the wrong side of 0: the mask x ≥ 0 lets the gradient through at x = 0, where PyTorch takes the derivative as 0
// Replaces: Level7_Network/Relu.cs
// Exercise: Relu
// Message must contain: "at 0 neither"

// replace:
        output = input.Map(x => x > 0 ? x : 0);
        return output;
// with:
        output = input;
        return input.Map(x => x > 0 ? x : 0);

// replace:
        return outputGradient.Map2((gradient, value) => value > 0 ? gradient : 0, y);
// with:
        return outputGradient.Map2((gradient, value) => value >= 0 ? gradient : 0, y);
