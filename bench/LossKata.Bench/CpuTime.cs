using System.Diagnostics;
using System.Numerics;
using MathNet.Numerics;

namespace LossKata.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/LossKata.Bench -- cpu-time [managed|simd]`: the bare step's throughput per CPU-second
/// (samples ÷ process CPU time), a measure that stays meaningful when other work shares the cores, unlike wall-clock
/// samples/s. bench/pytorch_step.py prints the same measure for PyTorch. The reference <see cref="Trainer"/>'s epoch
/// over 8,000 random images of MNIST's shape is reported the same way.
/// </summary>
public static class CpuTime
{
    private const int Batch = 200;
    private const int Steps = 100;

    /// <summary>Measures on the given providers (both when none is given).</summary>
    public static void Run(IReadOnlyList<Provider> providers)
    {
        Console.WriteLine($"{"provider",-8} {"type",-8} {"threads",7} {"samples/s (wall)",17} {"samples per CPU-second",23}");
        foreach (var provider in providers.Count > 0 ? providers : [Provider.Managed, Provider.Simd])
        {
            Providers.Use(provider);
            foreach (var threads in new[] { 2, 1 })
            {
                Control.MaxDegreeOfParallelism = threads;
                Report<double>(provider, threads, provider == Provider.Managed ? Steps / 10 : Steps);
                Report<float>(provider, threads, provider == Provider.Managed ? Steps / 10 : Steps);
                ReportTrainer(provider, threads, provider == Provider.Managed ? 1 : 5);
            }
        }
    }

    private static void ReportTrainer(Provider provider, int threads, int epochs)
    {
        const int Images = 8_000;
        var random = new Random(1);
        var pixels = new byte[Images * 28 * 28];
        random.NextBytes(pixels);
        var images = new MnistSet(pixels, [.. Enumerable.Range(0, Images).Select(_ => random.Next(10))], 28, 28);
        var network = new Mlp(784, 200, 200, 10);
        var trainer = new Trainer(network, new Sgd(network.Parameters, learningRate: 0.01), Batch);
        trainer.TrainEpoch(images);
        Measure(provider, "Trainer", threads, (double)epochs * Images, () =>
        {
            for (var i = 0; i < epochs; i++)
            {
                trainer.TrainEpoch(images);
            }
        });
    }

    private static void Measure(Provider provider, string type, int threads, double samples, Action work)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        work();
        var elapsed = wall.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"{provider,-8} {type,-8} {threads,7} {samples / elapsed,17:N0} {samples / cpu,23:N0}");
    }

    private static void Report<T>(Provider provider, int threads, int steps)
        where T : struct, IEquatable<T>, IFormattable, IFloatingPointIeee754<T>
    {
        var network = new PlainMlp<T>(Batch, [784, 200, 200, 10], seed: 0);
        var random = new Random(1);
        var input = Matrix<T>.Build.Dense(Batch, 784, (_, _) => T.CreateChecked(random.NextDouble()));
        var labels = Enumerable.Range(0, Batch).Select(_ => random.Next(10)).ToArray();
        var learningRate = T.CreateChecked(0.01);
        for (var i = 0; i < 5; i++)
        {
            network.Step(input, labels, learningRate);
        }

        Measure(provider, typeof(T).Name, threads, (double)steps * Batch, () =>
        {
            for (var i = 0; i < steps; i++)
            {
                network.Step(input, labels, learningRate);
            }
        });
    }
}
