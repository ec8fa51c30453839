// Alternative: the input remembered instead of the output, the mask taken as x > 0 and applied with PointwiseMultiply
// Replaces: Level7_Network/Relu.cs
// Exercise: Relu
namespace LossKata;

public sealed class Relu : ILayer
{
    private Matrix<double>? output;

    public IReadOnlyList<Parameter> Parameters => [];

    public Matrix<double> Forward(Matrix<double> input)
    {
        Guard.NotEmptyNoNaN(input, nameof(input));
        output = input;
        return input.PointwiseMaximum(0);
    }

    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        var y = output ?? throw new InvalidOperationException("Relu.Backward was called before Forward; there is no input to differentiate at.");
        Guard.NotEmptyNoNaN(outputGradient, nameof(outputGradient));
        Guard.Shape(outputGradient, nameof(outputGradient), y.RowCount, y.ColumnCount);
        return outputGradient.PointwiseMultiply(y.Map(x => x > 0 ? 1.0 : 0.0));
    }
}
