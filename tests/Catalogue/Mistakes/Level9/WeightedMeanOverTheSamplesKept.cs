// Mistake: the weighted mean divided by the number of samples kept instead of their weights
// Replaces: Level9_LossOptions/WeightedCrossEntropy.cs
// Exercise: Losses.WeightedCrossEntropy
// Message must contain: "number of samples kept"

// replace:
        var totalWeight = targets.Where(target => target != ignoreIndex).Sum(target => weight?[target] ?? 1);
// with:
        var totalWeight = targets.Count(target => target != ignoreIndex);
