// Alternative: one loop over the samples, adding the weighted losses and their weights side by side
// Replaces: Level9_LossOptions/WeightedCrossEntropy.cs
// Exercise: Losses.WeightedCrossEntropy

// replace:
        var total = WeightedCrossEntropyPerSample(logits, targets, weight, ignoreIndex).Sum();
// through:
        return total / totalWeight;
// with:
        var perSample = WeightedCrossEntropyPerSample(logits, targets, weight, ignoreIndex);
        var (total, totalWeight) = (0.0, 0.0);
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i] != ignoreIndex)
            {
                total += perSample[i];
                totalWeight += weight is null ? 1 : weight[targets[i]];
            }
        }

        return reduction == Reduction.Sum ? total : total / totalWeight;
