using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using LossKata.Cli.Training;
using MathNet.Numerics;

namespace LossKata.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/LossKata.Bench -- cpu-time [managed|simd]`: samples/s (wall clock) and
/// samples per CPU-second of the process, a measure that stays meaningful when other work shares the cores, for
/// the bare step (<see cref="PlainMlp{T}"/> on one batch held in memory), <c>train</c>'s fused epoch
/// (<see cref="FusedTrainer{T}"/>, batches gathered from the bytes, loss and progress included) and the readable
/// reference <see cref="Trainer"/>'s epoch, over 8,000 random images of MNIST's shape, with 2 and 1 threads, and the
/// bytes each allocates per step (all threads; the GC's count survives a busy machine).
/// bench/pytorch_step.py prints the same measures for PyTorch; bench/compare_train.sh reads the bare step's line.
/// </summary>
public static class CpuTime
{
    private const int Batch = 200;
    private const int Images = 8_000;

    /// <summary>Bare steps per measurement: 60,000 samples, one MNIST epoch.</summary>
    private const int Steps = 300;

    /// <summary>Measures on the given providers (both when none is given).</summary>
    public static void Run(IReadOnlyList<Provider> providers)
    {
        foreach (var provider in providers.Count > 0 ? providers : [Provider.Managed, Provider.Simd])
        {
            Providers.Use(provider);
            var slow = provider == Provider.Managed;
            foreach (var threads in new[] { 2, 1 })
            {
                Control.MaxDegreeOfParallelism = threads;
                var where = $"{provider.ToString().ToLowerInvariant()}, {threads} thread(s)";
                BareStep<double>($"bare step, float64, {where}", slow ? Steps / 30 : Steps);
                BareStep<float>($"bare step, float32, {where}", slow ? Steps / 30 : Steps);
                FusedEpochs<double>($"train's fused epoch, float64, {where}", slow ? 1 : 8);
                FusedEpochs<float>($"train's fused epoch, float32, {where}", slow ? 1 : 8);
                ReferenceTrainerEpochs($"reference Trainer epoch, float64, {where}", slow ? 1 : 3);
            }
        }
    }

    /// <summary>Random images of MNIST's shape and random labels, the same for every measurement.</summary>
    private static MnistSet RandomImages()
    {
        var random = new Random(1);
        var pixels = new byte[Images * 28 * 28];
        random.NextBytes(pixels);
        return new MnistSet(pixels, [.. Enumerable.Range(0, Images).Select(_ => random.Next(10))], 28, 28);
    }

    private static void FusedEpochs<T>(string label, int epochs)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var images = RandomImages();
        var trainer = FusedTrainer<T>.Of(new Mlp(784, 200, 200, 10), learningRate: 0.01, Batch, seed: 0, TrainingLoss.CrossEntropy);
        trainer.TrainEpoch(images, _ => { });
        Measure(label, (double)epochs * Images, () =>
        {
            for (var i = 0; i < epochs; i++)
            {
                trainer.TrainEpoch(images, _ => { });
            }
        });
    }

    private static void ReferenceTrainerEpochs(string label, int epochs)
    {
        var images = RandomImages();
        var network = new Mlp(784, 200, 200, 10);
        var trainer = new Trainer(network, new Sgd(network.Parameters, learningRate: 0.01), Batch);
        trainer.TrainEpoch(images);
        Measure(label, (double)epochs * Images, () =>
        {
            for (var i = 0; i < epochs; i++)
            {
                trainer.TrainEpoch(images);
            }
        });
    }

    private static void BareStep<T>(string label, int steps)
        where T : struct, IEquatable<T>, IFormattable, IFloatingPointIeee754<T>
    {
        var network = new PlainMlp<T>(Batch, [784, 200, 200, 10], seed: 0);
        var random = new Random(1);
        var input = Matrix<T>.Build.Dense(Batch, 784, (_, _) => T.CreateChecked(random.NextDouble()));
        var labels = Enumerable.Range(0, Batch).Select(_ => random.Next(10)).ToArray();
        var learningRate = T.CreateChecked(0.01);
        for (var i = 0; i < 10; i++)
        {
            network.Step(input, labels, learningRate);
        }

        Measure(label, (double)steps * Batch, () =>
        {
            for (var i = 0; i < steps; i++)
            {
                network.Step(input, labels, learningRate);
            }
        });
    }

    /// <summary>Prints "label: N samples/s, M per CPU-second, B bytes allocated per step of 200".</summary>
    private static void Measure(string label, double samples, Action work)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        work();
        var elapsed = wall.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {samples / elapsed:N0} samples/s, {samples / cpu:N0} per CPU-second, {allocated / (samples / Batch):N0} bytes allocated per step"));
    }
}
