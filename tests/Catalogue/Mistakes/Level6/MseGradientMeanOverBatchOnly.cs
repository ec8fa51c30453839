// Mistake: Mean divided by the batch size N instead of by every element N·C, as mse_loss averages
// Replaces: Level6_Gradients/MseThroughSoftmaxWrtLogits.cs
// Exercise: Gradients.MseThroughSoftmaxWrtLogits
// Message must contain: "N·C elements"

// replace:
        var elements = reduction == Reduction.Mean ? logits.RowCount * logits.ColumnCount : 1;
// with:
        var elements = reduction == Reduction.Mean ? logits.RowCount : 1;
