// Mistake: the bias gradient assigned instead of accumulated (the weight gradient is added correctly): two Backward calls before ZeroGrad must sum
// Replaces: Level7_Network/Linear.cs
// Exercise: Linear
// Message must contain: "bias gradient was overwritten"

// replace:
            Bias.Gradient[0, j] += sum;
// with:
            Bias.Gradient[0, j] = sum;
