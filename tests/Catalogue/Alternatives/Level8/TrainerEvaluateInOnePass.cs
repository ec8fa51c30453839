// Alternative: Evaluate in one forward pass over the whole test set instead of batch by batch (2,000 digits fit in memory)
// Replaces: Level8_Training/Trainer.cs
// Exercise: Trainer

// replace:
        var totalLoss = 0.0;
// through:
        return new Evaluation(totalLoss / test.Count, correct, test.Count);
// with:
        var labels = test.Labels.ToArray();
        var logits = network.Forward(test.Inputs());
        var correct = Argmax(logits).Zip(labels).Count(pair => pair.First == pair.Second);
        return new Evaluation(LossOf(logits, labels), correct, test.Count);
