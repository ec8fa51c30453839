namespace LossKata;

/// <summary>
/// A fully connected layer, as <c>torch.nn.Linear</c>: $Y = X W^\top + b$ for an N×in batch X, with the weight W
/// shaped out×in and the bias b a 1×out row added to every sample. Both start at zero; <see cref="Init"/> fills W.
/// </summary>
public sealed class Linear : ILayer
{
    private Matrix<double>? input;

    /// <summary>A layer from <paramref name="inFeatures"/> to <paramref name="outFeatures"/>, all parameters zero.</summary>
    public Linear(int inFeatures, int outFeatures)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inFeatures);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outFeatures);
        Weight = new Parameter(Matrix<double>.Build.Dense(outFeatures, inFeatures));
        Bias = new Parameter(Matrix<double>.Build.Dense(1, outFeatures));
    }

    /// <summary>The weight W, out×in (row j holds the input weights of output unit j).</summary>
    public Parameter Weight { get; }

    /// <summary>The bias b, a 1×out row.</summary>
    public Parameter Bias { get; }

    /// <summary>The width of the input.</summary>
    public int InFeatures => Weight.Value.ColumnCount;

    /// <summary>The width of the output.</summary>
    public int OutFeatures => Weight.Value.RowCount;

    /// <inheritdoc/>
    public IReadOnlyList<Parameter> Parameters => [Weight, Bias];

    /// <summary>$Y = X W^\top + b$: N×in → N×out. Remembers X for <see cref="Backward"/>.</summary>
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

    /// <summary>
    /// With $G = \partial L/\partial Y$ (N×out): $\partial L/\partial W \mathrel{+}= G^\top X$ (out×in),
    /// $\partial L/\partial b \mathrel{+}= \sum_i G_{i\cdot}$ (1×out), and returns $\partial L/\partial X = G W$ (N×in).
    /// </summary>
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        var x = input ?? throw new InvalidOperationException("Linear.Backward was called before Forward; there is no input to differentiate at.");
        Guard.NotEmptyNoNaN(outputGradient, nameof(outputGradient));
        Guard.Shape(outputGradient, nameof(outputGradient), x.RowCount, OutFeatures);

        Weight.Gradient.Add(outputGradient.TransposeThisAndMultiply(x), Weight.Gradient);
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
