// Mistake: the matrix log-softmax taken down each column (across the batch) instead of along each row
// Replaces: Level4_Softmax/LogSoftmax.cs
// Exercise: Activations.LogSoftmax
// Message must contain: "row"

// replace:
        return Matrix<double>.Build.DenseOfRowVectors(logits.EnumerateRows().Select(LogSoftmax));
// with:
        return Matrix<double>.Build.DenseOfColumnVectors(logits.EnumerateColumns().Select(LogSoftmax));
