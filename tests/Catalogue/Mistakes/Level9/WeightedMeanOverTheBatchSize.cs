// Mistake: the weighted mean divided by N, as level 5's mean, instead of by the kept targets' weights
// Replaces: Level9_LossOptions/WeightedCrossEntropy.cs
// Exercise: Losses.WeightedCrossEntropy
// Message must contain: "weighted mean divides"

// replace:
        return total / totalWeight;
// with:
        return total / targets.Count;
