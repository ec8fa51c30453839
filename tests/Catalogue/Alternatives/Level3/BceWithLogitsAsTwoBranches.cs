// Alternative: another stable form, ℓ = (1 − y)·z + softplus(−z), with softplus(−z) written for each sign of z and double.LogP1
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropyWithLogits.cs
// Exercise: Losses.BinaryCrossEntropyWithLogits

// replace:
            total += Math.Max(z, 0) - z * targets[i] + Math.Log(1 + Math.Exp(-Math.Abs(z)));
// with:
            var softplusOfMinusZ = z >= 0 ? double.LogP1(Math.Exp(-z)) : -z + double.LogP1(Math.Exp(z));
            total += (1 - targets[i]) * z + softplusOfMinusZ;
