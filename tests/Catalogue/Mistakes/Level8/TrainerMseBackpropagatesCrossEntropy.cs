// Mistake: with the MSE loss the step still backpropagates the cross-entropy gradient (the recorded loss is the MSE)
// Replaces: Level8_Training/Trainer.cs
// Exercise: Trainer
// Message must contain: "cross-entropy gradient"

// replace:
        Loss == TrainingLoss.CrossEntropy
            ? Gradients.CrossEntropyWrtLogits(logits, labels)
            : Gradients.MseThroughSoftmaxWrtLogits(logits, labels);
// with:
        Gradients.CrossEntropyWrtLogits(logits, labels);
