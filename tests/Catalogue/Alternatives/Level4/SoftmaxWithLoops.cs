// Alternative: loops instead of MathNet's vector operations, and the matrix built row by row in place
// Replaces: Level4_Softmax/Softmax.cs
// Exercise: Activations.Softmax

// replace:
        Guard.NotEmptyNoNaN(z, nameof(z));
// through:
        return exponentials / exponentials.Sum();
// with:
        Guard.NotEmptyNoNaN(z, nameof(z));
        var max = double.NegativeInfinity;
        foreach (var value in z)
        {
            max = Math.Max(max, value);
        }

        var result = Vector<double>.Build.Dense(z.Count);
        var sum = 0.0;
        for (var i = 0; i < z.Count; i++)
        {
            result[i] = Math.Exp(z[i] - max);
            sum += result[i];
        }

        for (var i = 0; i < z.Count; i++)
        {
            result[i] /= sum;
        }

        return result;

// replace:
        return Matrix<double>.Build.DenseOfRowVectors(logits.EnumerateRows().Select(Softmax));
// with:
        var result = Matrix<double>.Build.Dense(logits.RowCount, logits.ColumnCount);
        for (var row = 0; row < logits.RowCount; row++)
        {
            result.SetRow(row, Softmax(logits.Row(row)));
        }

        return result;
