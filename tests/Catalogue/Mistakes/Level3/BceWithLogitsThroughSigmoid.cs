// Mistake: σ(z) computed first and fed to the clamped BCE: σ(1000) rounds to 1, so a wrong confident logit costs 100 instead of 1000
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropyWithLogits.cs
// Exercise: Losses.BinaryCrossEntropyWithLogits
// Message must contain: "σ(1000)", "σ(z) is computed first"

// replace:
            total += Math.Max(z, 0) - z * targets[i] + Math.Log(1 + Math.Exp(-Math.Abs(z)));
// with:
            var p = 1 / (1 + Math.Exp(-z));
            total -= targets[i] * Math.Max(Math.Log(p), -100) + (1 - targets[i]) * Math.Max(Math.Log(1 - p), -100);
