// Mistake: forgetting to divide by N: the Mean loss averages over the batch, so its gradient is (softmax − onehot)/N
// Replaces: Level6_Gradients/CrossEntropyWrtLogits.cs
// Exercise: Gradients.CrossEntropyWrtLogits
// Message must contain: "division by the batch size", "is forgotten"

// replace:
        return reduction == Reduction.Mean ? gradient / logits.RowCount : gradient;
// with:
        return gradient;
