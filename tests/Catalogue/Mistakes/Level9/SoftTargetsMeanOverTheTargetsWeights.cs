// Mistake: probability targets' mean divided by the targets' weights Σ w[c]·t[c], as class indices divide by w[y]
// Replaces: Level9_LossOptions/SoftTargetCrossEntropy.cs
// Exercise: Losses.SoftTargetCrossEntropy
// Message must contain: "divides by N"

// replace:
        var total = 0.0;
// with:
        var (total, totalWeight) = (0.0, 0.0);

// replace:
                total -= (weight?[c] ?? 1) * smoothed * logProbabilities[i, c];
// with:
                total -= (weight?[c] ?? 1) * smoothed * logProbabilities[i, c];
                totalWeight += (weight?[c] ?? 1) * smoothed;

// replace:
        return reduction == Reduction.Mean ? total / logits.RowCount : total;
// with:
        return reduction == Reduction.Mean ? total / totalWeight : total;
