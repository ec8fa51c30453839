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
        outputGradient.Map2(PassWherePositive, y, inputGradient);
        return inputGradient;
    }

    Matrix<double> IBufferedLayer.ForwardIntoBuffer(Matrix<double> input)
    {
        Guard.NotEmptyNoNaN(input, nameof(input));
        return ForwardInto(input, Buffer.Reuse(ref outputBuffer, input.RowCount, input.ColumnCount));
    }

    Matrix<double> IBufferedLayer.BackwardIntoBuffer(Matrix<double> outputGradient)
    {
        var y = CheckOutputGradient(outputGradient);
        var inputGradient = Buffer.Reuse(ref inputGradientBuffer, y.RowCount, y.ColumnCount);
        outputGradient.Map2(PassWherePositive, y, inputGradient);
        return inputGradient;
    }

    void IBufferedLayer.BackwardToParameters(Matrix<double> outputGradient) => CheckOutputGradient(outputGradient);

    private static double Rectify(double x) => x > 0 ? x : 0;

    private static double PassWherePositive(double gradient, double output) => output > 0 ? gradient : 0;

    private Matrix<double> ForwardInto(Matrix<double> input, Matrix<double> result)
    {
        input.Map(Rectify, result);
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
