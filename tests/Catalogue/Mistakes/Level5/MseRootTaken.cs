// Mistake: the square root taken (RMSE): mse_loss is the mean of the squares itself
// Replaces: Level5_NllAndCrossEntropy/MseLoss.cs
// Exercise: Losses.MseLoss
// Message must contain: "square root is taken"

// replace:
        return reduction == Reduction.Mean ? total / (predictions.RowCount * predictions.ColumnCount) : total;
// with:
        return Math.Sqrt(reduction == Reduction.Mean ? total / (predictions.RowCount * predictions.ColumnCount) : total);
