// Mistake: logits fed to NLL as if they were log-probabilities: the log-softmax step is missing
// Replaces: Level5_NllAndCrossEntropy/CrossEntropy.cs
// Exercise: Losses.CrossEntropy
// Message must contain: "log softmax step is missing"

// replace:
        return NllLoss(Activations.LogSoftmax(logits), targets, reduction);
// with:
        return NllLoss(logits, targets, reduction);
