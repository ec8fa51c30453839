namespace LossKata;

/// <summary>The rectified linear unit, as <c>torch.nn.ReLU</c>: $\max(0, x)$ element by element.</summary>
public sealed class Relu : ILayer, IBufferedLayer
{
    private Matrix<double>? output;
    private Matrix<double>? outputBuffer;
    private Matrix<double>? inputGradientBuffer;

    /// <inheritdoc/>
    public IReadOnlyList<Parameter> Parameters => [];

    /// <summary>$\max(0, x)$ for every element; remembers where the output is positive.</summary>
    public Matrix<double> Forward(Matrix<double> input)
    {
        Guard.NotEmptyNoNaN(input, nameof(input));
        return ForwardInto(input, Matrix<double>.Build.Dense(input.RowCount, input.ColumnCount));
    }

    /// <summary>Passes the gradient where the input was positive and blocks it elsewhere (the derivative at 0 is taken as 0, as PyTorch does).</summary>
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        var y = CheckOutputGradient(outputGradient);
        var inputGradient = Matrix<double>.Build.Dense(y.RowCount, y.ColumnCount);
        PassWherePositive(outputGradient, y, inputGradient);
        return inputGradient;
    }

    Matrix<double> IBufferedLayer.ForwardIntoBuffer(Matrix<double> input)
    {
        Guard.NotEmptyNoNaN(input, nameof(input));
        return ForwardInto(input, Buffers.Reuse(ref outputBuffer, input.RowCount, input.ColumnCount));
    }

    Matrix<double> IBufferedLayer.BackwardIntoBuffer(Matrix<double> outputGradient)
    {
        var y = CheckOutputGradient(outputGradient);
        var inputGradient = Buffers.Reuse(ref inputGradientBuffer, y.RowCount, y.ColumnCount);
        PassWherePositive(outputGradient, y, inputGradient);
        return inputGradient;
    }

    void IBufferedLayer.BackwardToParameters(Matrix<double> outputGradient) => CheckOutputGradient(outputGradient);

    // The two loops below are what Map(f, result) and Map2(f, other, result) compute, written over the column-major
    // arrays: MathNet's Map splits a matrix into parallel chunks of 4,096 values, which costs more than it saves for
    // a 200×200 activation, and calls a delegate per value.

    /// <summary>Dense arrays of the matrices' values, column after column (a copy only for a sparse matrix).</summary>
    private static double[] ValuesOf(Matrix<double> matrix) => matrix.AsColumnMajorArray() ?? matrix.ToColumnMajorArray();

    private static void PassWherePositive(Matrix<double> outputGradient, Matrix<double> output, Matrix<double> inputGradient)
    {
        var (gradient, y, result) = (ValuesOf(outputGradient), ValuesOf(output), inputGradient.AsColumnMajorArray());
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = y[i] > 0 ? gradient[i] : 0;
        }
    }

    private Matrix<double> ForwardInto(Matrix<double> input, Matrix<double> result)
    {
        var (x, rectified) = (ValuesOf(input), result.AsColumnMajorArray());
        for (var i = 0; i < rectified.Length; i++)
        {
            rectified[i] = x[i] > 0 ? x[i] : 0;
        }

        output = result;
        return result;
    }

    /// <summary>Checks ∂L/∂output against the last forward pass and returns that pass's output.</summary>
    private Matrix<double> CheckOutputGradient(Matrix<double> outputGradient)
    {
        var y = output ?? throw new InvalidOperationException("Relu.Backward was called before Forward; there is no input to differentiate at.");
        Guard.NotEmptyNoNaN(outputGradient, nameof(outputGradient));
        Guard.Shape(outputGradient, nameof(outputGradient), y.RowCount, y.ColumnCount);
        return y;
    }
}
