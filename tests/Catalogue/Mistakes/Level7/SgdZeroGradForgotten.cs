// Mistake: ZeroGrad forgotten: it leaves the gradients in place, so they accumulate from batch to batch
// Replaces: Level7_Network/Sgd.cs
// Exercise: Sgd
// Message must contain: "ZeroGrad sets every gradient to 0"

// replace:
        foreach (var parameter in parameters)
        {
            parameter.Gradient.Clear();
        }
// with:
