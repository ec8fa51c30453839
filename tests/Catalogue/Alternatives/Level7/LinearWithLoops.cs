// Alternative: loops instead of MathNet's matrix products in forward and backward, the gradients accumulated element by element
// Replaces: Level7_Network/Linear.cs
// Exercise: Linear
namespace LossKata;

public sealed class Linear : ILayer
{
    private Matrix<double>? input;

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
        var output = Matrix<double>.Build.Dense(input.RowCount, OutFeatures);
        for (var i = 0; i < input.RowCount; i++)
        {
            for (var j = 0; j < OutFeatures; j++)
            {
                var sum = Bias.Value[0, j];
                for (var k = 0; k < InFeatures; k++)
                {
                    sum += input[i, k] * Weight.Value[j, k];
                }

                output[i, j] = sum;
            }
        }

        return output;
    }

    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        var x = input ?? throw new InvalidOperationException("Linear.Backward was called before Forward; there is no input to differentiate at.");
        Guard.NotEmptyNoNaN(outputGradient, nameof(outputGradient));
        Guard.Shape(outputGradient, nameof(outputGradient), x.RowCount, OutFeatures);

        var inputGradient = Matrix<double>.Build.Dense(x.RowCount, InFeatures);
        for (var i = 0; i < x.RowCount; i++)
        {
            for (var j = 0; j < OutFeatures; j++)
            {
                var g = outputGradient[i, j];
                for (var k = 0; k < InFeatures; k++)
                {
                    Weight.Gradient[j, k] += g * x[i, k];
                    inputGradient[i, k] += g * Weight.Value[j, k];
                }
            }
        }

        for (var j = 0; j < OutFeatures; j++)
        {
            var sum = 0.0;
            for (var i = 0; i < outputGradient.RowCount; i++)
            {
                sum += outputGradient[i, j];
            }

            Bias.Gradient[0, j] += sum;
        }

        return inputGradient;
    }
}
