// Mistake: ReLU's gradient at the wrong side of 0: the mask x ≥ 0 lets the gradient through at x = 0, where PyTorch takes the derivative as 0
// Replaces: Level7_Network/Relu.cs
// Exercise: Relu
// Message must contain: "at 0 neither"
namespace LossKata;

public sealed class Relu : ILayer
{
    private Matrix<double>? output;

    public IReadOnlyList<Parameter> Parameters => [];

    public Matrix<double> Forward(Matrix<double> input)
    {
        Guard.NotEmptyNoNaN(input, nameof(input));
        output = input;
        return input.Map(x => x > 0 ? x : 0);
    }

    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        var y = output ?? throw new InvalidOperationException("Relu.Backward was called before Forward; there is no input to differentiate at.");
        Guard.NotEmptyNoNaN(outputGradient, nameof(outputGradient));
        Guard.Shape(outputGradient, nameof(outputGradient), y.RowCount, y.ColumnCount);
        return outputGradient.Map2((gradient, value) => value >= 0 ? gradient : 0, y);
    }
}
