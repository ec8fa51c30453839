// Mistake: the mean over the N samples instead of over every element N·C
// Replaces: Level9_LossOptions/BinaryCrossEntropyWithPosWeight.cs
// Exercise: Losses.BinaryCrossEntropyWithPosWeight
// Message must contain: "divides by N alone"

// replace:
        return reduction == Reduction.Mean ? total / (logits.RowCount * logits.ColumnCount) : total;
// with:
        return reduction == Reduction.Mean ? total / logits.RowCount : total;
