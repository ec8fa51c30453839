// Mistake: mean over classes instead of over the batch: Mean divides by N, not by C
// Replaces: Level5_NllAndCrossEntropy/CrossEntropy.cs
// Exercise: Losses.CrossEntropy
// Message must contain: "mean over classes", "batch"

// replace:
        return NllLoss(Activations.LogSoftmax(logits), targets, reduction);
// with:
        var total = NllLoss(Activations.LogSoftmax(logits), targets, Reduction.Sum);
        return reduction == Reduction.Mean ? total / logits.ColumnCount : total;
