using System.Numerics;
using BenchmarkDotNet.Attributes;

namespace LossKata.Bench;

/// <summary>
/// Training the 784-200-200-10 MLP in plain MathNet (<see cref="PlainMlp{T}"/>) on random data of MNIST's shape held
/// in memory: one bare step at batch 200 (forward, softmax cross-entropy gradient, backward, SGD), and one epoch
/// over 8,000 samples in shuffled batches of 200 gathered from the in-memory set, as a data loader would.
/// </summary>
public class TrainingBenchmarks
{
    private const int Batch = 200;
    private const int EpochSamples = 8_000;
    private static readonly int[] Sizes = [784, 200, 200, 10];

    private Trainee<double> doubles = null!;
    private Trainee<float> singles = null!;

    [Params(Provider.Managed, Provider.Simd)]
    public Provider Provider { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Providers.Use(Provider);
        doubles = new Trainee<double>();
        singles = new Trainee<float>();
    }

    [Benchmark(Description = "bare step, float64"), Samples(Batch)]
    public double StepDouble() => doubles.Step();

    [Benchmark(Description = "bare step, float32"), Samples(Batch)]
    public float StepSingle() => singles.Step();

    [Benchmark(Description = "epoch of 8,000, float64"), Samples(EpochSamples)]
    public double EpochDouble() => doubles.Epoch();

    [Benchmark(Description = "epoch of 8,000, float32"), Samples(EpochSamples)]
    public float EpochSingle() => singles.Epoch();

    private sealed class Trainee<T>
        where T : struct, IEquatable<T>, IFormattable, IFloatingPointIeee754<T>
    {
        private readonly PlainMlp<T> network = new(Batch, Sizes, seed: 0);
        private readonly T[] pixels;
        private readonly int[] labels;
        private readonly int[] order = Enumerable.Range(0, EpochSamples).ToArray();
        private readonly Random shuffler = new(2);
        private readonly Matrix<T> batch = Matrix<T>.Build.Dense(Batch, Sizes[0]);
        private readonly int[] batchLabels = new int[Batch];
        private readonly T learningRate = T.CreateChecked(0.01);

        public Trainee()
        {
            var random = new Random(1);
            pixels = Enumerable.Range(0, EpochSamples * Sizes[0]).Select(_ => T.CreateChecked(random.NextDouble())).ToArray();
            labels = Enumerable.Range(0, EpochSamples).Select(_ => random.Next(Sizes[^1])).ToArray();
            Gather(0);
        }

        public T Step() => network.Step(batch, batchLabels, learningRate);

        public T Epoch()
        {
            shuffler.Shuffle(order);
            var total = T.Zero;
            for (var start = 0; start < EpochSamples; start += Batch)
            {
                Gather(start);
                total += Step();
            }

            return total;
        }

        /// <summary>Copies the samples order[start..start+Batch] into the batch matrix (rows = samples).</summary>
        private void Gather(int start)
        {
            var features = Sizes[0];
            var values = batch.AsColumnMajorArray();
            for (var row = 0; row < Batch; row++)
            {
                var sample = order[start + row];
                batchLabels[row] = labels[sample];
                var source = pixels.AsSpan(sample * features, features);
                for (var column = 0; column < features; column++)
                {
                    values[(column * Batch) + row] = source[column];
                }
            }
        }
    }
}
