namespace LossKata;

/// <summary>
/// A fully connected layer, as <c>torch.nn.Linear</c>: $Y = X W^\top + b$ for an N×in batch X, with the weight W
/// shaped out×in and the bias b a 1×out row added to every sample. Both start at zero; <see cref="Init"/> fills W.
/// </summary>
public sealed class Linear : ILayer, IBufferedLayer
{
    private Matrix<double>? input;
    private Matrix<double>? weightGradientOfBatch;
    private Matrix<double>? outputBuffer;
    private Matrix<double>? inputGradientBuffer;

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

    /// <summary>$Y = X W^\top + b$: N×in → N×out. Remembers X for <see cref="Backward(Matrix{double})"/>.</summary>
    public Matrix<double> Forward(Matrix<double> input)
    {
        CheckInput(input);
        return ForwardInto(input, Matrix<double>.Build.Dense(input.RowCount, OutFeatures));
    }

    /// <summary>
    /// With $G = \partial L/\partial Y$ (N×out): $\partial L/\partial W \mathrel{+}= G^\top X$ (out×in),
    /// $\partial L/\partial b \mathrel{+}= \sum_i G_{i\cdot}$ (1×out), and returns $\partial L/\partial X = G W$ (N×in).
    /// </summary>
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        var x = CheckOutputGradient(outputGradient);
        var inputGradient = Matrix<double>.Build.Dense(x.RowCount, InFeatures);
        BackwardInto(x, outputGradient, inputGradient);
        return inputGradient;
    }

    Matrix<double> IBufferedLayer.ForwardIntoBuffer(Matrix<double> input)
    {
        CheckInput(input);
        return ForwardInto(input, Buffers.Reuse(ref outputBuffer, input.RowCount, OutFeatures));
    }

    Matrix<double> IBufferedLayer.BackwardIntoBuffer(Matrix<double> outputGradient)
    {
        var x = CheckOutputGradient(outputGradient);
        var inputGradient = Buffers.Reuse(ref inputGradientBuffer, x.RowCount, InFeatures);
        BackwardInto(x, outputGradient, inputGradient);
        return inputGradient;
    }

    void IBufferedLayer.BackwardToParameters(Matrix<double> outputGradient) =>
        BackwardInto(CheckOutputGradient(outputGradient), outputGradient, inputGradient: null);

    private void CheckInput(Matrix<double> input)
    {
        Guard.NotEmptyNoNaN(input, nameof(input));
        Guard.Columns(input, nameof(input), InFeatures);
    }

    /// <summary>Checks G against the last forward pass and returns that pass's input X.</summary>
    private Matrix<double> CheckOutputGradient(Matrix<double> outputGradient)
    {
        var x = input ?? throw new InvalidOperationException("Linear.Backward was called before Forward; there is no input to differentiate at.");
        Guard.NotEmptyNoNaN(outputGradient, nameof(outputGradient));
        Guard.Shape(outputGradient, nameof(outputGradient), x.RowCount, OutFeatures);
        return x;
    }

    private Matrix<double> ForwardInto(Matrix<double> x, Matrix<double> output)
    {
        input = x;
        x.TransposeAndMultiply(Weight.Value, output);

        // Column j of the (column-major) output holds unit j for every sample: b_j is added to the whole column.
        var values = output.AsColumnMajorArray();
        for (var j = 0; j < OutFeatures; j++)
        {
            var bias = Bias.Value[0, j];
            foreach (ref var value in values.AsSpan(j * output.RowCount, output.RowCount))
            {
                value += bias;
            }
        }

        return output;
    }

    /// <summary>Adds ∂L/∂W and ∂L/∂b into the gradients and writes ∂L/∂X into <paramref name="inputGradient"/>, unless it is null.</summary>
    private void BackwardInto(Matrix<double> x, Matrix<double> outputGradient, Matrix<double>? inputGradient)
    {
        weightGradientOfBatch ??= Matrix<double>.Build.Dense(OutFeatures, InFeatures);
        outputGradient.TransposeThisAndMultiply(x, weightGradientOfBatch);
        Weight.Gradient.Add(weightGradientOfBatch, Weight.Gradient);

        // ∂L/∂b_j is the sum of column j of G, which is contiguous in the column-major storage.
        var gradients = outputGradient.AsColumnMajorArray() ?? outputGradient.ToColumnMajorArray();
        for (var j = 0; j < OutFeatures; j++)
        {
            var sum = 0.0;
            foreach (var value in gradients.AsSpan(j * outputGradient.RowCount, outputGradient.RowCount))
            {
                sum += value;
            }

            Bias.Gradient[0, j] += sum;
        }

        if (inputGradient is not null)
        {
            outputGradient.Multiply(Weight.Value, inputGradient);
        }
    }
}
