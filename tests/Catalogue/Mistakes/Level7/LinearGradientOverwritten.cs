// Mistake: the weight gradient assigned instead of accumulated: PyTorch's backward adds to .grad until zero_grad()
// Replaces: Level7_Network/Linear.cs
// Exercise: Linear
// Message must contain: "accumulates"
namespace LossKata;

public sealed class Linear : ILayer
{
    private Matrix<double>? input;
    private Matrix<double>? weightGradientOfBatch;

    public Linear(int inFeatures, int outFeatures)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inFeatures);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outFeatures);
        Weight = new Parameter(Matrix<double>.Build.Dense(outFeatures, inFeatures));
        Bias = new Parameter(Matrix<double>.Build.Dense(1, outFeatures));
    }

    public Parameter Weight { get; }

    public Parameter Bias { get; }

    public int InFeatures => Weight.Value.ColumnCount;

    public int OutFeatures => Weight.Value.RowCount;

    public IReadOnlyList<Parameter> Parameters => [Weight, Bias];

    public Matrix<double> Forward(Matrix<double> input)
    {
        Guard.NotEmptyNoNaN(input, nameof(input));
        Guard.Columns(input, nameof(input), InFeatures);

        this.input = input;
        var output = input.TransposeAndMultiply(Weight.Value);
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

        weightGradientOfBatch ??= Matrix<double>.Build.Dense(OutFeatures, InFeatures);
        outputGradient.TransposeThisAndMultiply(x, weightGradientOfBatch);
        weightGradientOfBatch.CopyTo(Weight.Gradient);

        for (var j = 0; j < OutFeatures; j++)
        {
            var sum = 0.0;
            for (var i = 0; i < outputGradient.RowCount; i++)
            {
                sum += outputGradient[i, j];
            }

            Bias.Gradient[0, j] += sum;
        }

        return outputGradient.Multiply(Weight.Value);
    }
}
