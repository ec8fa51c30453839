// Mistake: ReLU's gradient at the wrong side of 0: the mask x ≥ 0 lets the gradient through at x = 0, where PyTorch takes the derivative as 0
// Replaces: Level7_Network/Relu.cs
// Exercise: Relu
// Message must contain: "at 0 neither"

// replace:
            result[i] = y[i] > 0 ? gradient[i] : 0;
// with:
            result[i] = y[i] >= 0 ? gradient[i] : 0;

// replace:
        output = result;
// with:
        output = input;
