// Mistake: the Mean gradient divided by N instead of by the kept targets' weights
// Replaces: Level9_LossOptions/LabelSmoothedCrossEntropyWrtLogits.cs
// Exercise: Gradients.LabelSmoothedCrossEntropyWrtLogits
// Message must contain: "Σ w[yᵢ]"

// replace:
        return reduction == Reduction.Mean ? gradient / totalWeight : gradient;
// with:
        return reduction == Reduction.Mean ? gradient / logits.RowCount : gradient;
