// Alternative: through log σ(z) = −softplus(−z) and log(1 − σ(z)) = −softplus(z), both stable, summed per element
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropyWithLogits.cs
// Exercise: Losses.BinaryCrossEntropyWithLogits

// replace:
            total += Math.Max(z, 0) - z * targets[i] + Math.Log(1 + Math.Exp(-Math.Abs(z)));
// with:
            var logSigmoid = -(Math.Max(-z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z))));
            var logOneMinusSigmoid = -(Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z))));
            total -= targets[i] * logSigmoid + (1 - targets[i]) * logOneMinusSigmoid;
