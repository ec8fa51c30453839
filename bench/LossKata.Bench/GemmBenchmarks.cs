using BenchmarkDotNet.Attributes;

namespace LossKata.Bench;

/// <summary>
/// The matrix products of one training step of the 784-200-200-10 MLP at batch 200, one layer at a time, as the
/// network code writes them: the forward product Z = X Wᵀ, the weight gradient ∂W = Gᵀ X and the input gradient
/// ∂X = G W (rows are samples; W is out×in). Results go into preallocated matrices.
/// </summary>
public class GemmBenchmarks
{
    private const int Batch = 200;

    private Matrix<double> input = null!;
    private Matrix<double> weight = null!;
    private Matrix<double> outputGradient = null!;
    private Matrix<double> output = null!;
    private Matrix<double> weightGradient = null!;
    private Matrix<double> inputGradient = null!;

    [Params(Provider.Managed, Provider.Simd)]
    public Provider Provider { get; set; }

    /// <summary>in→out of the layer.</summary>
    [Params("784x200", "200x200", "200x10")]
    public string Layer { get; set; } = "784x200";

    [GlobalSetup]
    public void Setup()
    {
        Providers.Use(Provider);
        var sizes = Layer.Split('x').Select(int.Parse).ToArray();
        var (inFeatures, outFeatures) = (sizes[0], sizes[1]);
        var random = new Random(0);
        input = Matrix<double>.Build.Dense(Batch, inFeatures, (_, _) => random.NextDouble());
        weight = Matrix<double>.Build.Dense(outFeatures, inFeatures, (_, _) => random.NextDouble() - 0.5);
        outputGradient = Matrix<double>.Build.Dense(Batch, outFeatures, (_, _) => random.NextDouble() - 0.5);
        output = Matrix<double>.Build.Dense(Batch, outFeatures);
        weightGradient = Matrix<double>.Build.Dense(outFeatures, inFeatures);
        inputGradient = Matrix<double>.Build.Dense(Batch, inFeatures);
    }

    [Benchmark(Description = "Z = X·Wᵀ")]
    public void Forward() => input.TransposeAndMultiply(weight, output);

    [Benchmark(Description = "∂W = Gᵀ·X")]
    public void WeightGradient() => outputGradient.TransposeThisAndMultiply(input, weightGradient);

    [Benchmark(Description = "∂X = G·W")]
    public void InputGradient() => outputGradient.Multiply(weight, inputGradient);
}
