// Mistake: Step before Backward: each step uses the gradient left from the previous batch (the first a zero one)
// Replaces: Level8_Training/Trainer.cs
// Exercise: Trainer
// Message must contain: "Step came before Backward"

// replace:
            optimizer.ZeroGrad();
            network.Backward(GradientOf(logits, labels));
            optimizer.Step();
// with:
            optimizer.Step();
            optimizer.ZeroGrad();
            network.Backward(GradientOf(logits, labels));
