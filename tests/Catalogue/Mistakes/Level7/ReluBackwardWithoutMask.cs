// Mistake: ReLU's backward passes the gradient everywhere, as if the unit were linear: where it did not fire its derivative is 0
// Replaces: Level7_Network/Relu.cs
// Exercise: Relu
// Message must contain: "did not fire"
namespace LossKata;

public sealed class Relu : ILayer
{
    private Matrix<double>? output;

    public IReadOnlyList<Parameter> Parameters => [];

    public Matrix<double> Forward(Matrix<double> input)
    {
        Guard.NotEmptyNoNaN(input, nameof(input));
        output = input.Map(x => x > 0 ? x : 0);
        return output;
    }

    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        var y = output ?? throw new InvalidOperationException("Relu.Backward was called before Forward; there is no input to differentiate at.");
        Guard.NotEmptyNoNaN(outputGradient, nameof(outputGradient));
        Guard.Shape(outputGradient, nameof(outputGradient), y.RowCount, y.ColumnCount);
        return outputGradient.Clone();
    }
}
