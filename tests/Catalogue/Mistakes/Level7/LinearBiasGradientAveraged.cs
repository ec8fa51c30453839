// Mistake: the bias gradient not summed over the batch: averaged over the samples, although b is added to every row (the loss's Mean has already divided by N)
// Replaces: Level7_Network/Linear.cs
// Exercise: Linear
// Message must contain: "sums G over the samples"

// replace:
            Bias.Gradient[0, j] += sum;
// with:
            Bias.Gradient[0, j] += sum / outputGradient.RowCount;
