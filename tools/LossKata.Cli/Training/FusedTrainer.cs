using System.Globalization;
using System.Numerics;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Providers.LinearAlgebra;
using Lanes = System.Numerics.Vector;

namespace LossKata.Cli.Training;

/// <summary>
/// What <c>train</c> runs for the reference solutions: the training step of solutions/Level8_Training/Trainer.cs over
/// the network of Level7_Network (Linear, Relu, Mlp, Sgd), with levels 5–6's cross-entropy (or MSE through softmax)
/// and its gradient, fused for speed. The readable classes stay as a learner compares with them; this class computes
/// the same numbers from the same network — the same initial weights, the same shuffled batches, the same formulas,
/// up to the order of a few sums (a test holds the two equal) — in fewer passes over memory:
/// <list type="bullet">
/// <item>every matrix, the batch included, lives in a buffer kept from batch to batch: a step allocates no matrix;</item>
/// <item>with a second core, the next batch is gathered while the current one is stepped;</item>
/// <item>the bias is written into a layer's output before the product adds X·Wᵀ to it;</item>
/// <item>the loss and its gradient with respect to the logits are one pass over the logits;</item>
/// <item>SGD is folded into the weight-gradient product, W ← W − η·GᵀX with β = 1, once the backward pass no longer
/// needs W: no gradient matrix to zero, scale and subtract;</item>
/// <item>the gradient of the images is not computed (PyTorch does not compute it either).</item>
/// </list>
/// T is double, the reference's precision, or float, the precision of PyTorch's tutorial.
/// </summary>
internal sealed class FusedTrainer<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Layer[] layers;
    private readonly T learningRate;
    private readonly double reportedLearningRate;
    private readonly Random shuffler;
    private readonly TrainingLoss loss;

    /// <summary>The buffers by batch size and slot: a full batch has two, one stepped while the next batch is gathered
    /// into the other; the smaller batch an epoch or the test set may end with has its own.</summary>
    private readonly Dictionary<(int Rows, int Slot), Batch> buffers = [];

    private FusedTrainer(Layer[] layers, double learningRate, int batchSize, int seed, TrainingLoss loss)
    {
        this.layers = layers;
        this.learningRate = T.CreateTruncating(learningRate);
        reportedLearningRate = learningRate;
        BatchSize = batchSize;
        shuffler = new Random(seed);
        this.loss = loss;
    }

    public int BatchSize { get; }

    /// <summary>The number of epochs trained so far.</summary>
    public int Epoch { get; private set; }

    /// <summary>A trainer of <paramref name="network"/>'s current weights, converted to T, with the settings of
    /// the reference <c>Trainer</c> and <c>Sgd</c>; <see cref="CopyTo"/> gives the trained weights back.</summary>
    public static FusedTrainer<T> Of(Mlp network, double learningRate, int batchSize, int seed, TrainingLoss loss)
    {
        ArgumentNullException.ThrowIfNull(network);
        var layers = new List<Layer>();
        for (var i = 0; i < network.Layers.Count; i++)
        {
            switch (network.Layers[i])
            {
                case Linear linear:
                    layers.Add(new Layer(
                        linear.Weight.Value.Map(value => T.CreateTruncating(value)),
                        [.. linear.Bias.Value.Row(0).Select(value => T.CreateTruncating(value))],
                        Rectified: i + 1 < network.Layers.Count && network.Layers[i + 1] is Relu));
                    break;
                case Relu when i > 0 && network.Layers[i - 1] is Linear:
                    break;
                case var other:
                    throw new ArgumentException($"network.Layers[{i}] is a {other.GetType().Name}; only Linear layers, each followed by at most one Relu, can be fused.", nameof(network));
            }
        }

        return new FusedTrainer<T>([.. layers], learningRate, batchSize, seed, loss);
    }

    /// <summary>Writes the current weights and biases into <paramref name="network"/>'s parameters.</summary>
    public void CopyTo(Mlp network)
    {
        var linears = network.Layers.OfType<Linear>().ToArray();
        for (var l = 0; l < layers.Length; l++)
        {
            layers[l].Weight.Map(value => double.CreateTruncating(value)).CopyTo(linears[l].Weight.Value);
            for (var j = 0; j < layers[l].Bias.Length; j++)
            {
                linears[l].Bias.Value[0, j] = double.CreateTruncating(layers[l].Bias[j]);
            }
        }
    }

    /// <summary>One pass over <paramref name="train"/> in batches shuffled as <c>Trainer.TrainEpoch</c> shuffles them;
    /// returns the mean batch loss.</summary>
    /// <exception cref="TrainingStoppedException">The loss became NaN or infinite.</exception>
    public double TrainEpoch(MnistSet train, Action<BatchReport> onBatch)
    {
        Epoch++;
        var order = Enumerable.Range(0, train.Count).ToArray();
        shuffler.Shuffle(order);

        var batches = (train.Count + BatchSize - 1) / BatchSize;
        ArraySegment<int> IndicesOf(int index) => new(order, index * BatchSize, Math.Min(BatchSize, train.Count - (index * BatchSize)));

        // With a second core, the next batch is gathered on another thread while this one is stepped: that core is
        // idle in the step's serial parts (the loss, the last layer, the biases), which the gathering fills.
        var prefetch = Math.Min(Environment.ProcessorCount, Control.MaxDegreeOfParallelism) > 1;
        var batch = Gather(train, IndicesOf(0), slot: 0);
        Task<Batch>? next = null;
        var total = 0.0;
        try
        {
            for (var index = 0; index < batches; index++)
            {
                var following = index + 1;
                if (following < batches)
                {
                    next = prefetch
                        ? Task.Run(() => Gather(train, IndicesOf(following), following % 2))
                        : null;
                }

                var start = index * BatchSize;
                var batchLoss = double.CreateTruncating(Step(batch));
                if (!double.IsFinite(batchLoss))
                {
                    throw new TrainingStoppedException(string.Create(CultureInfo.InvariantCulture,
                        $"The loss became {(double.IsNaN(batchLoss) ? "NaN" : "infinite")} in epoch {Epoch}, batch {index} of {batches} (samples {start}–{start + batch.Rows}); the learning rate {reportedLearningRate} is probably too high."));
                }

                total += batchLoss;
                onBatch(new BatchReport(Epoch, index, batches, start, train.Count, batchLoss));
                if (following < batches)
                {
                    batch = next is null ? Gather(train, IndicesOf(following), following % 2) : next.GetAwaiter().GetResult();
                    next = null;
                }
            }
        }
        finally
        {
            // Stopped early: nothing may still write into the buffers when the next call uses them.
            next?.Wait();
        }

        return total / batches;
    }

    /// <summary>The average loss over every sample of <paramref name="test"/> and how many the arg-max classifies
    /// correctly, in batches of <see cref="BatchSize"/> as <c>Trainer.Evaluate</c>.</summary>
    public TestReport Evaluate(MnistSet test)
    {
        var totalLoss = 0.0;
        var correct = 0;
        for (var start = 0; start < test.Count; start += BatchSize)
        {
            var batch = Gather(test, Enumerable.Range(start, Math.Min(BatchSize, test.Count - start)).ToArray(), slot: 0);
            var logits = Forward(batch);
            totalLoss += double.CreateTruncating(LossAndGradient(logits, batch.Labels, gradient: null, loss)) * batch.Rows;
            correct += CountCorrect(logits, batch.Labels);
        }

        return new TestReport(totalLoss / test.Count, correct, test.Count);
    }

    /// <summary>The images and labels at <paramref name="indices"/> in the kept buffers of their batch size and
    /// <paramref name="slot"/> (0 or 1).</summary>
    private Batch Gather(MnistSet set, IReadOnlyList<int> indices, int slot)
    {
        var rows = indices.Count;
        Batch? batch;
        lock (buffers)
        {
            if (!buffers.TryGetValue((rows, slot), out batch))
            {
                batch = new Batch(rows, set.PixelsPerImage, layers);
                buffers.Add((rows, slot), batch);
            }
        }

        set.Inputs(indices, batch.Inputs);
        for (var row = 0; row < rows; row++)
        {
            batch.Labels[row] = set.Labels[indices[row]];
        }

        return batch;
    }

    /// <summary>Forward, loss, backward and the SGD step on a gathered batch; the loss before the step (not finite:
    /// nothing was changed).</summary>
    private T Step(Batch batch)
    {
        var logits = Forward(batch);
        var last = layers.Length - 1;
        var batchLoss = LossAndGradient(logits, batch.Labels, batch.Gradients[last], loss);
        if (!T.IsFinite(batchLoss))
        {
            return batchLoss;
        }

        for (var l = last; l >= 0; l--)
        {
            var layer = layers[l];
            var gradient = batch.Gradients[l];
            if (layer.Rectified)
            {
                PassWherePositive(gradient, batch.Outputs[l]);
            }

            var input = l == 0 ? batch.Inputs : batch.Outputs[l - 1];
            if (l > 0)
            {
                // ∂L/∂X = G·W, with the W of the forward pass: the step below moves W only after this.
                MultiplyAdd(Transpose.DontTranspose, gradient, Transpose.DontTranspose, layer.Weight, T.One, T.Zero, batch.Gradients[l - 1]);
            }

            // Sgd.Step folded into Linear.Backward: W ← W − η · GᵀX, b ← b − η · Σᵢ Gᵢ.
            MultiplyAdd(Transpose.Transpose, gradient, Transpose.DontTranspose, input, -learningRate, T.One, layer.Weight);
            SubtractColumnSums(layer.Bias, gradient, learningRate);
        }

        return batchLoss;
    }

    /// <summary>Each layer's output X·Wᵀ + b, rectified where a Relu follows, in the batch's buffers; returns the logits.</summary>
    private Matrix<T> Forward(Batch batch)
    {
        var activation = batch.Inputs;
        for (var l = 0; l < layers.Length; l++)
        {
            var output = batch.Outputs[l];
            var values = output.AsColumnMajorArray();
            for (var j = 0; j < layers[l].Bias.Length; j++)
            {
                values.AsSpan(j * output.RowCount, output.RowCount).Fill(layers[l].Bias[j]);
            }

            MultiplyAdd(Transpose.DontTranspose, activation, Transpose.Transpose, layers[l].Weight, T.One, T.One, output);
            if (layers[l].Rectified)
            {
                Rectify(values);
            }

            activation = output;
        }

        return activation;
    }

    /// <summary>
    /// The batch's mean loss, as <c>Losses.CrossEntropy</c> (or <c>Losses.MseLoss</c> of the softmax and the one-hot
    /// targets), and, unless <paramref name="gradient"/> is null, its gradient with respect to the logits in it, as
    /// <c>Gradients.CrossEntropyWrtLogits</c> (or <c>MseThroughSoftmaxWrtLogits</c>): one pass over the rows, each row's
    /// softmax computed once, nothing allocated. NaN when a logit is not finite, as <c>Trainer</c> reports it.
    /// </summary>
    internal static T LossAndGradient(Matrix<T> logits, int[] labels, Matrix<T>? gradient, TrainingLoss loss)
    {
        var z = logits.AsColumnMajorArray();
        foreach (var value in z)
        {
            if (!T.IsFinite(value))
            {
                return T.NaN;
            }
        }

        var (n, classes) = (logits.RowCount, logits.ColumnCount);
        var g = gradient?.AsColumnMajorArray();
        Span<T> probabilities = stackalloc T[classes];
        var mse = loss == TrainingLoss.MseThroughSoftmax;
        var total = T.Zero;
        for (var i = 0; i < n; i++)
        {
            // Logit j of sample i is z[j·n + i] in the column-major storage.
            var max = z[i];
            for (var j = 1; j < classes; j++)
            {
                max = T.Max(max, z[(j * n) + i]);
            }

            var sum = T.Zero;
            for (var j = 0; j < classes; j++)
            {
                probabilities[j] = T.Exp(z[(j * n) + i] - max);
                sum += probabilities[j];
            }

            var target = labels[i];
            if (!mse)
            {
                total -= z[(target * n) + i] - (max + T.Log(sum));
            }

            for (var j = 0; j < classes; j++)
            {
                probabilities[j] /= sum;
            }

            if (mse)
            {
                for (var j = 0; j < classes; j++)
                {
                    var difference = probabilities[j] - (j == target ? T.One : T.Zero);
                    total += difference * difference;
                }
            }

            if (g is not null)
            {
                WriteGradientRow(probabilities, target, g, i, n, mse);
            }
        }

        return total / T.CreateTruncating(mse ? n * classes : n);
    }

    /// <summary>Row <paramref name="i"/> of ∂loss/∂logits: (softmax − one-hot)/N for cross-entropy; for MSE through the
    /// softmax, s ⊙ (g − s·g) with g = 2(s − one-hot)/(N·C).</summary>
    private static void WriteGradientRow(Span<T> s, int target, T[] gradient, int i, int n, bool mse)
    {
        var classes = s.Length;
        if (!mse)
        {
            var scale = T.One / T.CreateTruncating(n);
            for (var j = 0; j < classes; j++)
            {
                gradient[(j * n) + i] = (j == target ? s[j] - T.One : s[j]) * scale;
            }

            return;
        }

        var factor = T.CreateTruncating(2.0) / T.CreateTruncating(n * classes);
        var weightedMean = T.Zero;
        for (var j = 0; j < classes; j++)
        {
            weightedMean += s[j] * ((j == target ? s[j] - T.One : s[j]) * factor);
        }

        for (var j = 0; j < classes; j++)
        {
            gradient[(j * n) + i] = s[j] * (((j == target ? s[j] - T.One : s[j]) * factor) - weightedMean);
        }
    }

    /// <summary>How many rows have their largest logit at the label; a tie goes to the first column, as <c>Trainer.Argmax</c>.</summary>
    private static int CountCorrect(Matrix<T> logits, int[] labels)
    {
        var (z, n) = (logits.AsColumnMajorArray(), logits.RowCount);
        var correct = 0;
        for (var i = 0; i < n; i++)
        {
            var best = 0;
            for (var j = 1; j < logits.ColumnCount; j++)
            {
                if (z[(j * n) + i] > z[(best * n) + i])
                {
                    best = j;
                }
            }

            correct += best == labels[i] ? 1 : 0;
        }

        return correct;
    }

    /// <summary>c ← α · op(a) · op(b) + β · c through MathNet's provider (the SIMD one unless LOSSKATA_PROVIDER=managed).</summary>
    private static void MultiplyAdd(Transpose transposeA, Matrix<T> a, Transpose transposeB, Matrix<T> b, T alpha, T beta, Matrix<T> c)
    {
        var provider = LinearAlgebraControl.Provider;
        if (typeof(T) == typeof(double))
        {
            provider.MatrixMultiplyWithUpdate(
                transposeA, transposeB, double.CreateTruncating(alpha), (double[])(object)a.AsColumnMajorArray(), a.RowCount, a.ColumnCount,
                (double[])(object)b.AsColumnMajorArray(), b.RowCount, b.ColumnCount, double.CreateTruncating(beta), (double[])(object)c.AsColumnMajorArray());
        }
        else
        {
            provider.MatrixMultiplyWithUpdate(
                transposeA, transposeB, float.CreateTruncating(alpha), (float[])(object)a.AsColumnMajorArray(), a.RowCount, a.ColumnCount,
                (float[])(object)b.AsColumnMajorArray(), b.RowCount, b.ColumnCount, float.CreateTruncating(beta), (float[])(object)c.AsColumnMajorArray());
        }
    }

    /// <summary>max(0, x) in place, as <c>Relu.Forward</c>, a SIMD vector at a time.</summary>
    private static void Rectify(Span<T> values)
    {
        var (lanes, zero) = (System.Numerics.Vector<T>.Count, System.Numerics.Vector<T>.Zero);
        var i = 0;
        for (; i <= values.Length - lanes; i += lanes)
        {
            var x = Lanes.LoadUnsafe(ref values[i]);
            Lanes.ConditionalSelect(Lanes.GreaterThan(x, zero), x, zero).StoreUnsafe(ref values[i]);
        }

        for (; i < values.Length; i++)
        {
            values[i] = values[i] > T.Zero ? values[i] : T.Zero;
        }
    }

    /// <summary>The gradient kept where the rectified output is positive and zeroed elsewhere, in place, as
    /// <c>Relu.Backward</c>.</summary>
    private static void PassWherePositive(Matrix<T> gradient, Matrix<T> output)
    {
        var g = gradient.AsColumnMajorArray().AsSpan();
        var y = output.AsColumnMajorArray().AsSpan();
        var (lanes, zero) = (System.Numerics.Vector<T>.Count, System.Numerics.Vector<T>.Zero);
        var i = 0;
        for (; i <= g.Length - lanes; i += lanes)
        {
            Lanes.ConditionalSelect(Lanes.GreaterThan(Lanes.LoadUnsafe(ref y[i]), zero), Lanes.LoadUnsafe(ref g[i]), zero).StoreUnsafe(ref g[i]);
        }

        for (; i < g.Length; i++)
        {
            g[i] = y[i] > T.Zero ? g[i] : T.Zero;
        }
    }

    /// <summary>b_j ← b_j − η · Σᵢ G_ij, each column summed in order as <c>Linear.Backward</c> sums it.</summary>
    private static void SubtractColumnSums(T[] bias, Matrix<T> gradient, T learningRate)
    {
        var (values, n) = (gradient.AsColumnMajorArray(), gradient.RowCount);
        for (var j = 0; j < bias.Length; j++)
        {
            var sum = T.Zero;
            foreach (var value in values.AsSpan(j * n, n))
            {
                sum += value;
            }

            bias[j] -= learningRate * sum;
        }
    }

    /// <param name="Weight">W, out×in, updated in place.</param>
    /// <param name="Bias">b, one value per output unit, updated in place.</param>
    /// <param name="Rectified">Whether a Relu follows the layer.</param>
    private sealed record Layer(Matrix<T> Weight, T[] Bias, bool Rectified);

    /// <summary>The matrices of one batch size: the inputs, each layer's output and ∂loss/∂output.</summary>
    private sealed class Batch
    {
        public Batch(int rows, int inputs, Layer[] layers)
        {
            Rows = rows;
            Inputs = Matrix<T>.Build.Dense(rows, inputs);
            Labels = new int[rows];
            Outputs = [.. layers.Select(layer => Matrix<T>.Build.Dense(rows, layer.Weight.RowCount))];
            Gradients = [.. layers.Select(layer => Matrix<T>.Build.Dense(rows, layer.Weight.RowCount))];
        }

        public int Rows { get; }

        public Matrix<T> Inputs { get; }

        public int[] Labels { get; }

        public Matrix<T>[] Outputs { get; }

        public Matrix<T>[] Gradients { get; }
    }
}
