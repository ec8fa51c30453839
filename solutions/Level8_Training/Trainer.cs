using System.Globalization;

namespace LossKata;

/// <summary>
/// Trains a network with mini-batch SGD, as the tutorial's loop: each epoch shuffles the training set (seeded,
/// so a seed reproduces a run), and for every batch computes the logits, the loss, its gradient with respect to
/// the logits (level 6), backpropagates, and takes an optimiser step. <see cref="Evaluate"/> reports the average
/// loss and the accuracy of the arg-max.
/// </summary>
public sealed class Trainer
{
    private readonly Mlp network;
    private readonly Sgd optimizer;
    private readonly Random shuffler;
    private readonly List<double> losses = [];

    /// <summary>A trainer of <paramref name="network"/> by <paramref name="optimizer"/> (built over the network's parameters).</summary>
    /// <param name="network">The network to train.</param>
    /// <param name="optimizer">The optimiser of the network's parameters.</param>
    /// <param name="batchSize">Samples per mini-batch; the last batch of an epoch may be smaller.</param>
    /// <param name="seed">Seeds the shuffling of every epoch.</param>
    /// <param name="loss">The loss to minimise.</param>
    public Trainer(Mlp network, Sgd optimizer, int batchSize = 200, int seed = 0, TrainingLoss loss = TrainingLoss.CrossEntropy)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        this.network = network;
        this.optimizer = optimizer;
        BatchSize = batchSize;
        Loss = loss;
        shuffler = new Random(seed);
    }

    /// <summary>Samples per mini-batch.</summary>
    public int BatchSize { get; }

    /// <summary>The loss being minimised.</summary>
    public TrainingLoss Loss { get; }

    /// <summary>The number of epochs trained so far.</summary>
    public int Epoch { get; private set; }

    /// <summary>The loss of every batch trained so far, in order (before each batch's update).</summary>
    public IReadOnlyList<double> LossHistory => losses;

    /// <summary>
    /// One pass over <paramref name="train"/> in shuffled mini-batches; calls <paramref name="onBatch"/> after each
    /// batch and returns the epoch's mean batch loss.
    /// </summary>
    /// <exception cref="TrainingDivergedException">The loss became NaN or infinite; the message names the epoch and batch.</exception>
    public double TrainEpoch(MnistSet train, Action<BatchProgress>? onBatch = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        Epoch++;
        var order = Enumerable.Range(0, train.Count).ToArray();
        shuffler.Shuffle(order);

        var batches = (train.Count + BatchSize - 1) / BatchSize;
        var total = 0.0;
        for (var batch = 0; batch < batches; batch++)
        {
            var start = batch * BatchSize;
            var indices = order[start..Math.Min(start + BatchSize, train.Count)];
            var labels = train.LabelsAt(indices);

            var logits = network.Forward(train.Inputs(indices));
            var loss = LossOf(logits, labels);
            if (!double.IsFinite(loss))
            {
                throw new TrainingDivergedException(
                    string.Create(CultureInfo.InvariantCulture,
                        $"The loss became {(double.IsNaN(loss) ? "NaN" : "infinite")} in epoch {Epoch}, batch {batch} of {batches} (samples {start}–{start + indices.Length}); the learning rate {optimizer.LearningRate} is probably too high."),
                    Epoch, batch);
            }

            optimizer.ZeroGrad();
            network.Backward(GradientOf(logits, labels));
            optimizer.Step();

            losses.Add(loss);
            total += loss;
            onBatch?.Invoke(new BatchProgress(Epoch, batch, batches, start, train.Count, loss));
        }

        return total / batches;
    }

    /// <summary>The average loss over every sample of <paramref name="test"/> and how many the arg-max classifies correctly.</summary>
    public Evaluation Evaluate(MnistSet test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var totalLoss = 0.0;
        var correct = 0;
        for (var start = 0; start < test.Count; start += BatchSize)
        {
            var indices = Enumerable.Range(start, Math.Min(BatchSize, test.Count - start)).ToArray();
            var labels = test.LabelsAt(indices);
            var logits = network.Forward(test.Inputs(indices));
            totalLoss += LossOf(logits, labels) * indices.Length;
            correct += Argmax(logits).Zip(labels).Count(pair => pair.First == pair.Second);
        }

        return new Evaluation(totalLoss / test.Count, correct, test.Count);
    }

    /// <summary>The column of the largest value in every row; a tie goes to the first such column, as <c>torch.argmax</c>.</summary>
    public static int[] Argmax(Matrix<double> scores)
    {
        Guard.NotEmptyNoNaN(scores, nameof(scores));
        var predictions = new int[scores.RowCount];
        for (var row = 0; row < scores.RowCount; row++)
        {
            for (var column = 1; column < scores.ColumnCount; column++)
            {
                if (scores[row, column] > scores[row, predictions[row]])
                {
                    predictions[row] = column;
                }
            }
        }

        return predictions;
    }

    /// <summary>The batch's mean loss; NaN when a logit is no longer finite, which the caller reports.</summary>
    private double LossOf(Matrix<double> logits, int[] labels)
    {
        if (logits.Enumerate().Any(value => !double.IsFinite(value)))
        {
            return double.NaN;
        }

        return Loss == TrainingLoss.CrossEntropy
            ? Losses.CrossEntropy(logits, labels)
            : Losses.MseLoss(Activations.Softmax(logits), OneHot(labels, logits.ColumnCount));
    }

    private Matrix<double> GradientOf(Matrix<double> logits, int[] labels) =>
        Loss == TrainingLoss.CrossEntropy
            ? Gradients.CrossEntropyWrtLogits(logits, labels)
            : Gradients.MseThroughSoftmaxWrtLogits(logits, labels);

    private static Matrix<double> OneHot(int[] labels, int classes) =>
        Matrix<double>.Build.Dense(labels.Length, classes, (row, column) => labels[row] == column ? 1 : 0);
}
