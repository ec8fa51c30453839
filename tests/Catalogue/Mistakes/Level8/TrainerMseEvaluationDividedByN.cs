// Mistake: Evaluate's MSE sums the squared errors over the classes and divides by N only, C times PyTorch's mse_loss
// Replaces: Level8_Training/Trainer.cs
// Exercise: Trainer
// Message must contain: "divided by N only"

// replace:
            totalLoss += LossOf(logits, labels) * indices.Length;
// with:
            totalLoss += Loss == TrainingLoss.CrossEntropy
                ? LossOf(logits, labels) * indices.Length
                : Losses.MseLoss(Activations.Softmax(logits), OneHot(labels, logits.ColumnCount), Reduction.Sum);
