// Mistake: Sum where Mean is asked: the default reduction must divide by the number of elements
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropyWithLogits.cs
// Exercise: Losses.BinaryCrossEntropyWithLogits
// Message must contain: "Sum was used where Mean"

// replace:
        return reduction == Reduction.Mean ? total / logits.Count : total;
// with:
        return total;
