using System.Numerics;

namespace LossKata.Bench;

/// <summary>
/// A 784-200-200-10 ReLU MLP trained with softmax cross-entropy and SGD, written in plain MathNet: the matrix work
/// is ordinary <c>TransposeAndMultiply</c>, <c>TransposeThisAndMultiply</c>, <c>Multiply(other, result)</c>,
/// <c>Map</c>/<c>Map2</c>, <c>Subtract</c>; rows are samples, weights are out×in. Every matrix is allocated once
/// and reused from step to step, so a step allocates next to nothing. T is double or float.
/// </summary>
public sealed class PlainMlp<T>
    where T : struct, IEquatable<T>, IFormattable, IFloatingPointIeee754<T>
{
    private readonly Matrix<T>[] weights;
    private readonly T[][] biases;
    private readonly Matrix<T>[] activations;
    private readonly Matrix<T>[] gradients;
    private readonly Matrix<T>[] weightGradients;

    public PlainMlp(int batch, int[] sizes, int seed)
    {
        var random = new Random(seed);
        var layers = sizes.Length - 1;
        weights = new Matrix<T>[layers];
        biases = new T[layers][];
        activations = new Matrix<T>[layers];
        gradients = new Matrix<T>[layers];
        weightGradients = new Matrix<T>[layers];
        for (var l = 0; l < layers; l++)
        {
            var bound = Math.Sqrt(6.0 / sizes[l]);
            weights[l] = Matrix<T>.Build.Dense(sizes[l + 1], sizes[l], (_, _) => T.CreateChecked(((2 * random.NextDouble()) - 1) * bound));
            biases[l] = new T[sizes[l + 1]];
            activations[l] = Matrix<T>.Build.Dense(batch, sizes[l + 1]);
            gradients[l] = Matrix<T>.Build.Dense(batch, sizes[l + 1]);
            weightGradients[l] = Matrix<T>.Build.Dense(sizes[l + 1], sizes[l]);
        }
    }

    /// <summary>One SGD step on a batch (rows = samples); returns the mean cross-entropy before the step.</summary>
    public T Step(Matrix<T> input, int[] labels, T learningRate)
    {
        var last = weights.Length - 1;

        // Forward: Z = A·Wᵀ + b, then ReLU (in place) on every layer but the last.
        for (var l = 0; l <= last; l++)
        {
            var layerInput = l == 0 ? input : activations[l - 1];
            layerInput.TransposeAndMultiply(weights[l], activations[l]);
            AddBias(activations[l], biases[l]);
            if (l < last)
            {
                activations[l].Map(Relu, activations[l]);
            }
        }

        var loss = SoftmaxCrossEntropyGradient(activations[last], labels, gradients[last]);

        // Backward: ∂W = Gᵀ·A, ∂b = column sums of G, ∂A = G·W masked by the ReLU; then SGD.
        for (var l = last; l >= 0; l--)
        {
            var layerInput = l == 0 ? input : activations[l - 1];
            gradients[l].TransposeThisAndMultiply(layerInput, weightGradients[l]);
            if (l > 0)
            {
                gradients[l].Multiply(weights[l], gradients[l - 1]);
                gradients[l - 1].Map2(ReluGradient, activations[l - 1], gradients[l - 1]);
            }

            SubtractColumnSums(biases[l], gradients[l], learningRate);
            weightGradients[l].Multiply(learningRate, weightGradients[l]);
            weights[l].Subtract(weightGradients[l], weights[l]);
        }

        return loss;
    }

    private static T Relu(T x) => x > T.Zero ? x : T.Zero;

    private static T ReluGradient(T gradient, T activation) => activation > T.Zero ? gradient : T.Zero;

    private static void AddBias(Matrix<T> z, T[] bias)
    {
        var values = z.AsColumnMajorArray();
        for (var j = 0; j < bias.Length; j++)
        {
            values.AsSpan(j * z.RowCount, z.RowCount).Add(bias[j]);
        }
    }

    private static void SubtractColumnSums(T[] bias, Matrix<T> gradient, T learningRate)
    {
        var values = gradient.AsColumnMajorArray();
        for (var j = 0; j < bias.Length; j++)
        {
            var sum = T.Zero;
            foreach (var value in values.AsSpan(j * gradient.RowCount, gradient.RowCount))
            {
                sum += value;
            }

            bias[j] -= learningRate * sum;
        }
    }

    /// <summary>gradient = (softmax(logits) − onehot(labels)) / N row by row; returns the mean cross-entropy.</summary>
    private static T SoftmaxCrossEntropyGradient(Matrix<T> logits, int[] labels, Matrix<T> gradient)
    {
        var batch = T.CreateChecked(logits.RowCount);
        var loss = T.Zero;
        for (var i = 0; i < logits.RowCount; i++)
        {
            var max = T.NegativeInfinity;
            for (var j = 0; j < logits.ColumnCount; j++)
            {
                max = T.Max(max, logits[i, j]);
            }

            var sum = T.Zero;
            for (var j = 0; j < logits.ColumnCount; j++)
            {
                var e = T.Exp(logits[i, j] - max);
                gradient[i, j] = e;
                sum += e;
            }

            loss += T.Log(sum) + max - logits[i, labels[i]];
            for (var j = 0; j < logits.ColumnCount; j++)
            {
                gradient[i, j] = ((gradient[i, j] / sum) - (j == labels[i] ? T.One : T.Zero)) / batch;
            }
        }

        return loss / batch;
    }
}

internal static class SpanArithmetic
{
    public static void Add<T>(this Span<T> values, T addend)
        where T : INumber<T>
    {
        foreach (ref var value in values)
        {
            value += addend;
        }
    }
}
