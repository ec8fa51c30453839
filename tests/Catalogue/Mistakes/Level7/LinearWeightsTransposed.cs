// Mistake: weights transposed in Linear: stored in×out and multiplied as x·W, where PyTorch's weight is out×in and y = x·Wᵀ + b
// Replaces: Level7_Network/Linear.cs
// Exercise: Linear
// Message must contain: "out×in"
namespace LossKata;

public sealed class Linear : ILayer
{
    private Matrix<double>? input;
    private Matrix<double>? weightGradientOfBatch;

    public Linear(int inFeatures, int outFeatures)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inFeatures);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outFeatures);
        Weight = new Parameter(Matrix<double>.Build.Dense(inFeatures, outFeatures));
        Bias = new Parameter(Matrix<double>.Build.Dense(1, outFeatures));
    }

    public Parameter Weight { get; }

    public Parameter Bias { get; }

    public int InFeatures => Weight.Value.RowCount;

    public int OutFeatures => Weight.Value.ColumnCount;

    public IReadOnlyList<Parameter> Parameters => [Weight, Bias];

    public Matrix<double> Forward(Matrix<double> input)
    {
        Guard.NotEmptyNoNaN(input, nameof(input));
        Guard.Columns(input, nameof(input), InFeatures);

        this.input = input;
        var output = input.Multiply(Weight.Value);
        for (var j = 0; j < OutFeatures; j++)
        {
            var bias = Bias.Value[0, j];
            for (var i = 0; i < output.RowCount; i++)
            {
                output[i, j] += bias;
            }
        }

        return output;
    }

    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        var x = input ?? throw new InvalidOperationException("Linear.Backward was called before Forward; there is no input to differentiate at.");
        Guard.NotEmptyNoNaN(outputGradient, nameof(outputGradient));
        Guard.Shape(outputGradient, nameof(outputGradient), x.RowCount, OutFeatures);

        weightGradientOfBatch ??= Matrix<double>.Build.Dense(InFeatures, OutFeatures);
        x.TransposeThisAndMultiply(outputGradient, weightGradientOfBatch);
        Weight.Gradient.Add(weightGradientOfBatch, Weight.Gradient);

        for (var j = 0; j < OutFeatures; j++)
        {
            var sum = 0.0;
            for (var i = 0; i < outputGradient.RowCount; i++)
            {
                sum += outputGradient[i, j];
            }

            Bias.Gradient[0, j] += sum;
        }

        return outputGradient.TransposeAndMultiply(Weight.Value);
    }
}
