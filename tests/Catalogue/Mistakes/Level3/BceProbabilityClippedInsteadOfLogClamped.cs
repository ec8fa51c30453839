// Mistake: the probability clipped to [1e-7, 1 − 1e-7] (as Keras does) instead of each log clamped at −100 (as PyTorch does)
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropy.cs
// Exercise: Losses.BinaryCrossEntropy
// Message must contain: "clipped", "clamps each log"

// replace:
    private const double LogClamp = -100;

    /// <summary>
// with:
    /// <summary>

// replace:
            var logP = Math.Max(Math.Log(probabilities[i]), LogClamp);
            var logOneMinusP = Math.Max(Math.Log(1 - probabilities[i]), LogClamp);
            total -= targets[i] * logP + (1 - targets[i]) * logOneMinusP;
// with:
            var p = Math.Clamp(probabilities[i], 1e-7, 1 - 1e-7);
            total -= targets[i] * Math.Log(p) + (1 - targets[i]) * Math.Log(1 - p);
