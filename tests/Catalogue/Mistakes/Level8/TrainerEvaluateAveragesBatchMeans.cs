// Mistake: the test loss averaged over batches, not samples: a smaller last batch then weighs as much as a full one
// Replaces: Level8_Training/Trainer.cs
// Exercise: Trainer
// Message must contain: "averaged over the batches, not the samples"

// replace:
        var totalLoss = 0.0;
// with:
        var totalLoss = 0.0;
        var batches = 0;

// replace:
            totalLoss += LossOf(logits, labels) * indices.Length;
// with:
            totalLoss += LossOf(logits, labels);
            batches++;

// replace:
        return new Evaluation(totalLoss / test.Count, correct, test.Count);
// with:
        return new Evaluation(totalLoss / batches, correct, test.Count);
