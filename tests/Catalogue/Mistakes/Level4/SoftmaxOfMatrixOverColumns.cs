// Mistake: the matrix softmax normalises each column (across the batch) instead of each row (across the classes of one sample)
// Replaces: Level4_Softmax/Softmax.cs
// Exercise: Activations.Softmax
// Message must contain: "row"

// replace:
        return Matrix<double>.Build.DenseOfRowVectors(logits.EnumerateRows().Select(Softmax));
// with:
        return Matrix<double>.Build.DenseOfColumnVectors(logits.EnumerateColumns().Select(Softmax));
