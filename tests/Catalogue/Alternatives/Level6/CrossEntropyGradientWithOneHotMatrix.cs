// Alternative: softmax minus a one-hot matrix built with Matrix.Build.Dense, the scale applied as a factor
// Replaces: Level6_Gradients/CrossEntropyWrtLogits.cs
// Exercise: Gradients.CrossEntropyWrtLogits

// replace:
        var gradient = Activations.Softmax(logits);
// through:
        return reduction == Reduction.Mean ? gradient / logits.RowCount : gradient;
// with:
        var oneHot = Matrix<double>.Build.Dense(logits.RowCount, logits.ColumnCount, (row, column) => targets[row] == column ? 1 : 0);
        var scale = reduction == Reduction.Mean ? 1.0 / logits.RowCount : 1.0;
        return (Activations.Softmax(logits) - oneHot) * scale;
