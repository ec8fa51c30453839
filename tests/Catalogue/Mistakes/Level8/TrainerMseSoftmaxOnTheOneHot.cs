// Mistake: the one-hot and the softmax swapped in the MSE training loss: softmax applied to the one-hot targets and the raw logits compared with it
// Replaces: Level8_Training/Trainer.cs
// Exercise: Trainer
// Message must contain: "one-hot and the softmax are swapped"

// replace:
            : Losses.MseLoss(Activations.Softmax(logits), OneHot(labels, logits.ColumnCount));
// with:
            : Losses.MseLoss(Activations.Softmax(OneHot(labels, logits.ColumnCount)), logits);
