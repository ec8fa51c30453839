// Alternative: LINQ over the pairs (p, y) instead of a loop, with a helper for the clamped logarithm
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropy.cs
// Exercise: Losses.BinaryCrossEntropy

// replace:
        var total = 0.0;
// through:
        return reduction == Reduction.Mean ? total / probabilities.Count : total;
    }
// with:
        return -probabilities.Zip(targets).Sum(pair => pair.Second * ClampedLog(pair.First) + (1 - pair.Second) * ClampedLog(1 - pair.First)) / (reduction == Reduction.Mean ? probabilities.Count : 1);
    }

    private static double ClampedLog(double x) => Math.Max(Math.Log(x), LogClamp);
