// Mistake: an unstable form, (1 − y)·z + ln(1 + e^−z): e^−z overflows for a large negative logit
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropyWithLogits.cs
// Exercise: Losses.BinaryCrossEntropyWithLogits
// Message must contain: "unstable form", "overflows"

// replace:
            total += Math.Max(z, 0) - z * targets[i] + Math.Log(1 + Math.Exp(-Math.Abs(z)));
// with:
            total += (1 - targets[i]) * z + Math.Log(1 + Math.Exp(-z));
