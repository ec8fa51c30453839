using System.Diagnostics;
using System.Numerics;
using MathNet.Numerics;

namespace LossKata.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/LossKata.Bench -- cpu-time`: the bare step's throughput per CPU-second
/// (samples ÷ process CPU time), a measure that stays meaningful when other work shares the cores, unlike wall-clock
/// samples/s. bench/pytorch_step.py prints the same measure for PyTorch.
/// </summary>
public static class CpuTime
{
    private const int Batch = 200;
    private const int Steps = 100;

    public static void Run()
    {
        Console.WriteLine($"{"provider",-8} {"type",-8} {"threads",7} {"samples/s (wall)",17} {"samples per CPU-second",23}");
        foreach (var provider in new[] { Provider.Managed, Provider.Simd })
        {
            Providers.Use(provider);
            foreach (var threads in new[] { 2, 1 })
            {
                Control.MaxDegreeOfParallelism = threads;
                Report<double>(provider, threads, provider == Provider.Managed ? Steps / 10 : Steps);
                Report<float>(provider, threads, provider == Provider.Managed ? Steps / 10 : Steps);
            }
        }
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

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < steps; i++)
        {
            network.Step(input, labels, learningRate);
        }

        var elapsed = wall.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var samples = (double)steps * Batch;
        Console.WriteLine($"{provider,-8} {typeof(T).Name,-8} {threads,7} {samples / elapsed,17:N0} {samples / cpu,23:N0}");
    }
}
