// Mistake: the training set never shuffled: every epoch takes its batches in the order 0…N−1
// Replaces: Level8_Training/Trainer.cs
// Exercise: Trainer
// Message must contain: "never shuffled"

// replace:
        shuffler.Shuffle(order);
// with:
