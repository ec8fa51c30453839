// Fault: a debug print in a loop that never ends: the output has no end
// Replaces: Level5_NllAndCrossEntropy/NllLoss.cs
// Exercise: Losses.NllLoss
// Problem must contain: "timed out"

// replace:
        Guard.NotEmptyNoNaN(logProbabilities, nameof(logProbabilities));
// with:
        Guard.NotEmptyNoNaN(logProbabilities, nameof(logProbabilities));
        while (targets.Count >= 0)
        {
            Console.Write(logProbabilities);
        }
