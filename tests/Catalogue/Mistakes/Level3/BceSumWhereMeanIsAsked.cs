// Mistake: Sum where Mean is asked: the default reduction must divide by the number of elements
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropy.cs
// Exercise: Losses.BinaryCrossEntropy
// Message must contain: "Sum was used where Mean"

// replace:
        return reduction == Reduction.Mean ? total / probabilities.Count : total;
// with:
        return total;
