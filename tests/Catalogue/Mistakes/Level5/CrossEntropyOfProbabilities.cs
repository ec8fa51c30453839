// Mistake: probabilities fed where logits go: softmax applied before cross-entropy, which applies its own log-softmax
// Replaces: Level5_NllAndCrossEntropy/CrossEntropy.cs
// Exercise: Losses.CrossEntropy
// Message must contain: "probabilities are fed where logits go", "softmax is applied twice"

// replace:
        return NllLoss(Activations.LogSoftmax(logits), targets, reduction);
// with:
        return NllLoss(Activations.LogSoftmax(Activations.Softmax(logits)), targets, reduction);
