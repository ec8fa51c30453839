// Mistake: ZeroGrad forgotten: the gradients accumulate from batch to batch, so each step uses the sum of every gradient so far
// Replaces: Level8_Training/Trainer.cs
// Exercise: Trainer
// Message must contain: "ZeroGrad not called"

// replace:
            optimizer.ZeroGrad();
// with:
