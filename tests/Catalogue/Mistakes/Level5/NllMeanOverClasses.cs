// Mistake: mean over classes instead of over the batch: Mean divides by N, not by C
// Replaces: Level5_NllAndCrossEntropy/NllLoss.cs
// Exercise: Losses.NllLoss
// Message must contain: "mean over classes", "batch"

// replace:
        return reduction == Reduction.Mean ? total / targets.Count : total;
// with:
        return reduction == Reduction.Mean ? total / logProbabilities.ColumnCount : total;
