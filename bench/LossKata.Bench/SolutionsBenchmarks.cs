using BenchmarkDotNet.Attributes;
using LossKata.Cli.Training;
using MathNet.Numerics;

namespace LossKata.Bench;

/// <summary>
/// The reference solutions' network classes (levels 7–8) at work: one bare step of <see cref="Mlp"/> with
/// <see cref="Sgd"/> and the cross-entropy gradient at batch 200, and one <see cref="Trainer"/> epoch over 8,000
/// random images of MNIST's shape (which also builds each batch's input matrix from the bytes and checks the loss);
/// and the same epoch as <c>train</c> runs it, by <see cref="FusedTrainer{T}"/>, in float64 and float32.
/// </summary>
public class SolutionsBenchmarks
{
    private const int Batch = 200;
    private const int EpochSamples = 8_000;

    private Mlp network = null!;
    private Sgd optimizer = null!;
    private Matrix<double> batch = null!;
    private int[] labels = null!;
    private Trainer trainer = null!;
    private MnistSet images = null!;
    private FusedTrainer<double> fusedDoubles = null!;
    private FusedTrainer<float> fusedSingles = null!;

    [Params(Provider.Managed, Provider.Simd)]
    public Provider Provider { get; set; }

    [Params(2, 1)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Providers.Use(Provider);
        Control.MaxDegreeOfParallelism = Threads;
        var random = new Random(1);
        var pixels = new byte[EpochSamples * 28 * 28];
        random.NextBytes(pixels);
        var allLabels = Enumerable.Range(0, EpochSamples).Select(_ => random.Next(10)).ToArray();
        images = new MnistSet(pixels, allLabels, 28, 28);
        var firstBatch = Enumerable.Range(0, Batch).ToArray();
        batch = images.Inputs(firstBatch);
        labels = images.LabelsAt(firstBatch);
        network = new Mlp(784, 200, 200, 10);
        optimizer = new Sgd(network.Parameters, learningRate: 0.01);
        var trainedNetwork = new Mlp(784, 200, 200, 10);
        trainer = new Trainer(trainedNetwork, new Sgd(trainedNetwork.Parameters, learningRate: 0.01), Batch);
        fusedDoubles = FusedTrainer<double>.Of(new Mlp(784, 200, 200, 10), learningRate: 0.01, Batch, seed: 0, TrainingLoss.CrossEntropy);
        fusedSingles = FusedTrainer<float>.Of(new Mlp(784, 200, 200, 10), learningRate: 0.01, Batch, seed: 0, TrainingLoss.CrossEntropy);
    }

    [Benchmark(Description = "Mlp + Sgd step, float64"), Samples(Batch)]
    public void Step()
    {
        var logits = network.Forward(batch);
        optimizer.ZeroGrad();
        network.Backward(Gradients.CrossEntropyWrtLogits(logits, labels));
        optimizer.Step();
    }

    [Benchmark(Description = "Trainer epoch of 8,000, float64"), Samples(EpochSamples)]
    public double Epoch() => trainer.TrainEpoch(images);

    [Benchmark(Description = "train's fused epoch of 8,000, float64"), Samples(EpochSamples)]
    public double FusedEpochDouble() => fusedDoubles.TrainEpoch(images, _ => { });

    [Benchmark(Description = "train's fused epoch of 8,000, float32"), Samples(EpochSamples)]
    public double FusedEpochSingle() => fusedSingles.TrainEpoch(images, _ => { });
}
