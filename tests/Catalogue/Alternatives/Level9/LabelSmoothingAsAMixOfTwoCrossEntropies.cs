// Alternative: (1 − ε)·(weighted NLL) + ε·(cross-entropy to the uniform distribution), summed separately and mixed at the end
// Replaces: Level9_LossOptions/LabelSmoothedCrossEntropy.cs
// Exercise: Losses.LabelSmoothedCrossEntropy

// replace:
        var (total, totalWeight) = (0.0, 0.0);
// through:
        return reduction == Reduction.Mean ? total / totalWeight : total;
// with:
        var (hot, uniform, totalWeight) = (0.0, 0.0, 0.0);
        foreach (var (i, target) in targets.Select((target, i) => (i, target)).Where(sample => sample.target != ignoreIndex))
        {
            var targetWeight = weight is null ? 1 : weight[target];
            hot -= targetWeight * logProbabilities[i, target];
            uniform -= Enumerable.Range(0, classes).Sum(c => (weight is null ? 1 : weight[c]) * logProbabilities[i, c]) / classes;
            totalWeight += targetWeight;
        }

        var total = (1 - labelSmoothing) * hot + labelSmoothing * uniform;
        return reduction == Reduction.Mean ? total / totalWeight : total;
