// Mistake: Mean divides by the batch size N only: mse_loss averages over every element, N·C
// Replaces: Level5_NllAndCrossEntropy/MseLoss.cs
// Exercise: Losses.MseLoss
// Message must contain: "batch size N", "every element"

// replace:
        return reduction == Reduction.Mean ? total / (predictions.RowCount * predictions.ColumnCount) : total;
// with:
        return reduction == Reduction.Mean ? total / predictions.RowCount : total;
