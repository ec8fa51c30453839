// Mistake: the partial last batch dropped: N / batchSize batches by integer division, so the samples left over after the last full batch are never trained on
// Replaces: Level8_Training/Trainer.cs
// Exercise: Trainer
// Message must contain: "partial last batch is dropped"

// replace:
        var batches = (train.Count + BatchSize - 1) / BatchSize;
// with:
        var batches = train.Count / BatchSize;
