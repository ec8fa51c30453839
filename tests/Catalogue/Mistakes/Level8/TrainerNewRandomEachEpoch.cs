// Mistake: a new Random(seed) made in every epoch: every epoch repeats the first one's order
// Replaces: Level8_Training/Trainer.cs
// Exercise: Trainer
// Message must contain: "new Random(seed) each epoch"

// replace:
    private readonly Random shuffler;
// with:
    private readonly int seed;

// replace:
        shuffler = new Random(seed);
// with:
        this.seed = seed;

// replace:
        shuffler.Shuffle(order);
// with:
        new Random(seed).Shuffle(order);
