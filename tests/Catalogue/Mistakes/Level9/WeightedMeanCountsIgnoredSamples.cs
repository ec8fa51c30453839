// Mistake: an ignored sample left in the denominator: it costs nothing but still counts, with weight 1
// Replaces: Level9_LossOptions/WeightedCrossEntropy.cs
// Exercise: Losses.WeightedCrossEntropy
// Message must contain: "counted in the denominator"

// replace:
        var totalWeight = targets.Where(target => target != ignoreIndex).Sum(target => weight?[target] ?? 1);
// with:
        var totalWeight = targets.Sum(target => target == ignoreIndex ? 1 : weight?[target] ?? 1);
