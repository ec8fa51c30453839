// Mistake: arg-max ties broken at the last index (≥ instead of >), where torch.argmax takes the first
// Replaces: Level8_Training/Trainer.cs
// Exercise: Trainer
// Message must contain: "first of equal maxima"

// replace:
                if (scores[row, column] > scores[row, predictions[row]])
// with:
                if (scores[row, column] >= scores[row, predictions[row]])
