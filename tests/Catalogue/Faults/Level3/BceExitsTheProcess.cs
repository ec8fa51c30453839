// Fault: ends the process when a target is out of range instead of throwing
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropy.cs
// Exercise: Losses.BinaryCrossEntropy
// Problem must contain: "System.Environment.Exit", "may not use"

// replace:
        Guard.Probabilities(targets, nameof(targets));
// with:
        if (targets.Any(t => t < 0 || t > 1))
        {
            Environment.Exit(1);
        }
