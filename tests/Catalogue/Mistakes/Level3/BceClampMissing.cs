// Mistake: the BCE clamp missing: ln 0 = −∞ must be clamped at −100 as PyTorch does, so p = 0 or 1 gives a finite loss
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropy.cs
// Exercise: Losses.BinaryCrossEntropy
// Message must contain: "clamp of each log at −100 is missing"

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
            total -= targets[i] * Math.Log(probabilities[i]) + (1 - targets[i]) * Math.Log(1 - probabilities[i]);
