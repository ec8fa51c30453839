// Alternative: arg-max with LINQ's MaxBy, which keeps the first of equal maxima as torch.argmax does
// Replaces: Level8_Training/Trainer.cs
// Exercise: Trainer
using System.Globalization;

namespace LossKata;

public sealed class Trainer
{
    private readonly Mlp network;
    private readonly Sgd optimizer;
    private readonly Random shuffler;
    private readonly List<double> losses = [];

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

    public int BatchSize { get; }

    public TrainingLoss Loss { get; }

    public int Epoch { get; private set; }

    public IReadOnlyList<double> LossHistory => losses;

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

    public static int[] Argmax(Matrix<double> scores)
    {
        Guard.NotEmptyNoNaN(scores, nameof(scores));
        return [.. scores.EnumerateRows().Select(row => Enumerable.Range(0, row.Count).MaxBy(column => row[column]))];
    }

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
