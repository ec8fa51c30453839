// Mistake: Evaluate shuffles the test set with the trainer's Random: its result is right, but every later epoch takes other batches
// Replaces: Level8_Training/Trainer.cs
// Exercise: Trainer
// Message must contain: "Evaluate must change nothing"

// replace:
        for (var start = 0; start < test.Count; start += BatchSize)
        {
            var indices = Enumerable.Range(start, Math.Min(BatchSize, test.Count - start)).ToArray();
// with:
        var order = Enumerable.Range(0, test.Count).ToArray();
        shuffler.Shuffle(order);
        for (var start = 0; start < test.Count; start += BatchSize)
        {
            var indices = order[start..Math.Min(start + BatchSize, test.Count)];
