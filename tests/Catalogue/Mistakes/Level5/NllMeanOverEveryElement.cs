// Mistake: Mean divides by every element N·C instead of by the batch size N (only one entry per row is read)
// Replaces: Level5_NllAndCrossEntropy/NllLoss.cs
// Exercise: Losses.NllLoss
// Message must contain: "mean over every element", "batch"

// replace:
        return reduction == Reduction.Mean ? total / targets.Count : total;
// with:
        return reduction == Reduction.Mean ? total / (logProbabilities.RowCount * logProbabilities.ColumnCount) : total;
