namespace LossKata;

/// <summary>The rectified linear unit, as <c>torch.nn.ReLU</c>: $\max(0, x)$ element by element.</summary>
public sealed class Relu : ILayer
{
    private Matrix<double>? output;

    /// <inheritdoc/>
    public IReadOnlyList<Parameter> Parameters => [];

    /// <summary>$\max(0, x)$ for every element; remembers where the output is positive.</summary>
    public Matrix<double> Forward(Matrix<double> input)
    {
        Guard.NotEmptyNoNaN(input, nameof(input));
        output = input.Map(x => x > 0 ? x : 0);
        return output;
    }

    /// <summary>Passes the gradient where the input was positive and blocks it elsewhere (the derivative at 0 is taken as 0, as PyTorch does).</summary>
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        var y = output ?? throw new InvalidOperationException("Relu.Backward was called before Forward; there is no input to differentiate at.");
        Guard.NotEmptyNoNaN(outputGradient, nameof(outputGradient));
        Guard.Shape(outputGradient, nameof(outputGradient), y.RowCount, y.ColumnCount);
        return outputGradient.Map2((gradient, value) => value > 0 ? gradient : 0, y);
    }
}
