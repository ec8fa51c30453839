namespace LossKata;

/// <summary>
/// A layer that can also write its results into matrices it keeps and reuses from batch to batch, with MathNet's
/// <c>Multiply(other, result)</c> family, so that a training step allocates next to nothing. The reference layers
/// implement it; a layer need not (your own do not have to): <see cref="Buffers"/> falls back to
/// <see cref="ILayer.Forward"/> and <see cref="ILayer.Backward"/>, which return new matrices the caller may keep.
/// </summary>
internal interface IBufferedLayer : ILayer
{
    /// <summary><see cref="ILayer.Forward"/> into a matrix the layer keeps and overwrites on its next forward pass.</summary>
    Matrix<double> ForwardIntoBuffer(Matrix<double> input);

    /// <summary><see cref="ILayer.Backward"/> with ∂loss/∂input in a matrix the layer keeps and overwrites on its next backward pass.</summary>
    Matrix<double> BackwardIntoBuffer(Matrix<double> outputGradient);

    /// <summary><see cref="ILayer.Backward"/> without ∂loss/∂input: only the parameters' gradients. Training never
    /// needs the gradient of the images (PyTorch does not compute it either), and for a first layer of 784 inputs it
    /// is a third of the backward pass.</summary>
    void BackwardToParameters(Matrix<double> outputGradient);
}

/// <summary>Matrices kept from one batch to the next, and the passes of any layer, buffered when it can be.</summary>
internal static class Buffers
{
    /// <summary>The matrix in <paramref name="buffer"/> when it is rows×columns; otherwise a new one, kept there.
    /// (The last batch of an epoch may be smaller, and then gets a matrix of its own shape.)</summary>
    public static Matrix<double> Reuse(ref Matrix<double>? buffer, int rows, int columns)
    {
        if (buffer is null || buffer.RowCount != rows || buffer.ColumnCount != columns)
        {
            buffer = Matrix<double>.Build.Dense(rows, columns);
        }

        return buffer;
    }

    /// <summary>The layer's output in its own buffer, or a new matrix when it has none.</summary>
    public static Matrix<double> Forward(ILayer layer, Matrix<double> input) =>
        layer is IBufferedLayer buffered ? buffered.ForwardIntoBuffer(input) : layer.Forward(input);

    /// <summary>∂loss/∂input in the layer's own buffer, or a new matrix when it has none.</summary>
    public static Matrix<double> Backward(ILayer layer, Matrix<double> outputGradient) =>
        layer is IBufferedLayer buffered ? buffered.BackwardIntoBuffer(outputGradient) : layer.Backward(outputGradient);

    /// <summary>The parameters' gradients only, when the layer can skip ∂loss/∂input; else its full backward pass.</summary>
    public static void BackwardToParameters(ILayer layer, Matrix<double> outputGradient)
    {
        if (layer is IBufferedLayer buffered)
        {
            buffered.BackwardToParameters(outputGradient);
        }
        else
        {
            layer.Backward(outputGradient);
        }
    }
}
