// Mistake: Mean divided by every element N·C, as MSE does, instead of by the batch size N
// Replaces: Level6_Gradients/CrossEntropyWrtLogits.cs
// Exercise: Gradients.CrossEntropyWrtLogits
// Message must contain: "every element N·C", "batch size"

// replace:
        return reduction == Reduction.Mean ? gradient / logits.RowCount : gradient;
// with:
        return reduction == Reduction.Mean ? gradient / (logits.RowCount * logits.ColumnCount) : gradient;
