// Mistake: the mean over every element, N·C, instead of over the batch
// Replaces: Level9_LossOptions/SoftTargetCrossEntropy.cs
// Exercise: Losses.SoftTargetCrossEntropy
// Message must contain: "every element"

// replace:
        return reduction == Reduction.Mean ? total / logits.RowCount : total;
// with:
        return reduction == Reduction.Mean ? total / (logits.RowCount * logits.ColumnCount) : total;
