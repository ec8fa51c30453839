// Mistake: BatchProgress.Batch counted from 1, where the exception's Batch and the message count from 0
// Replaces: Level8_Training/Trainer.cs
// Exercise: Trainer
// Message must contain: "counted from 0"

// replace:
            onBatch?.Invoke(new BatchProgress(Epoch, batch, batches, start, train.Count, loss));
// with:
            onBatch?.Invoke(new BatchProgress(Epoch, batch + 1, batches, start, train.Count, loss));
