// Mistake: the sign of the z·y term flipped: ℓ = max(z, 0) − z·y + ln(1 + e^−|z|)
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropyWithLogits.cs
// Exercise: Losses.BinaryCrossEntropyWithLogits
// Message must contain: "sign of the z·y term is flipped"

// replace:
            total += Math.Max(z, 0) - z * targets[i] + Math.Log(1 + Math.Exp(-Math.Abs(z)));
// with:
            total += Math.Max(z, 0) + z * targets[i] + Math.Log(1 + Math.Exp(-Math.Abs(z)));
