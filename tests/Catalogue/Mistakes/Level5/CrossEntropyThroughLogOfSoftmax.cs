// Mistake: log(softmax) instead of the stable log-softmax: a softmax entry that underflows to 0 makes the loss ∞
// Replaces: Level5_NllAndCrossEntropy/CrossEntropy.cs
// Exercise: Losses.CrossEntropy
// Message must contain: "log(softmax) is taken"

// replace:
        return NllLoss(Activations.LogSoftmax(logits), targets, reduction);
// with:
        return NllLoss(Activations.Softmax(logits).PointwiseLog(), targets, reduction);
