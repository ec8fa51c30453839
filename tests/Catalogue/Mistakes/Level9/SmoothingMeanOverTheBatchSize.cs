// Mistake: the smoothed loss's mean divided by N instead of by the kept targets' weights
// Replaces: Level9_LossOptions/LabelSmoothedCrossEntropy.cs
// Exercise: Losses.LabelSmoothedCrossEntropy
// Message must contain: "divided by N"

// replace:
        return reduction == Reduction.Mean ? total / totalWeight : total;
// with:
        return reduction == Reduction.Mean ? total / targets.Count : total;
