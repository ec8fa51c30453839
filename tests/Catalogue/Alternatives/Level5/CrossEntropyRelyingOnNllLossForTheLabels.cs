// Alternative: the labels checked only by NllLoss, which rejects them with the same argument name and message (log-softmax keeps the shape)
// Replaces: Level5_NllAndCrossEntropy/CrossEntropy.cs
// Exercise: Losses.CrossEntropy

// replace:
        Guard.Labels(targets, nameof(targets), logits.RowCount, logits.ColumnCount);
// with:
