namespace LossKata;

/// <summary>
/// A layer that can also write its results into matrices it keeps and reuses from batch to batch, with MathNet's
/// <c>Multiply(other, result)</c> family. <see cref="Mlp"/> chains its layers this way, so a training step allocates
/// next to nothing; <see cref="ILayer.Forward"/> and <see cref="ILayer.Backward"/> still return new matrices, which
/// the caller may keep.
/// </summary>
internal interface IBufferedLayer : ILayer
{
    /// <summary><see cref="ILayer.Forward"/> into a matrix the layer keeps and overwrites on its next forward pass.</summary>
    Matrix<double> ForwardIntoBuffer(Matrix<double> input);

    /// <summary><see cref="ILayer.Backward"/> with ∂loss/∂input in a matrix the layer keeps and overwrites on its next backward pass.</summary>
    Matrix<double> BackwardIntoBuffer(Matrix<double> outputGradient);

    /// <summary><see cref="ILayer.Backward"/> without ∂loss/∂input: only the parameters' gradients, for a first layer,
    /// whose input (the images) needs no gradient.</summary>
    void BackwardToParameters(Matrix<double> outputGradient);
}

/// <summary>Matrices kept from one batch to the next.</summary>
internal static class Buffer
{
    /// <summary>The matrix in <paramref name="buffer"/> when it is rows×columns; otherwise a new one, kept there.
    /// (The last batch of an epoch is usually smaller, and gets a buffer of its own shape.)</summary>
    public static Matrix<double> Reuse(ref Matrix<double>? buffer, int rows, int columns)
    {
        if (buffer is null || buffer.RowCount != rows || buffer.ColumnCount != columns)
        {
            buffer = Matrix<double>.Build.Dense(rows, columns);
        }

        return buffer;
    }
}
