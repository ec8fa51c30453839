// Alternative: each term computed only where its weight is non-zero, with 1 − p computed once
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropy.cs
// Exercise: Losses.BinaryCrossEntropy

// replace:
            var logP = Math.Max(Math.Log(probabilities[i]), LogClamp);
            var logOneMinusP = Math.Max(Math.Log(1 - probabilities[i]), LogClamp);
            total -= targets[i] * logP + (1 - targets[i]) * logOneMinusP;
// with:
            var p = probabilities[i];
            var y = targets[i];
            var oneMinusP = 1 - p;
            if (y != 0)
            {
                total += y * Math.Max(Math.Log(p), LogClamp);
            }

            if (y != 1)
            {
                total += (1 - y) * Math.Max(Math.Log(oneMinusP), LogClamp);
            }

// replace:
        return reduction == Reduction.Mean ? total / probabilities.Count : total;
// with:
        return reduction == Reduction.Sum ? -total : -total / probabilities.Count;
