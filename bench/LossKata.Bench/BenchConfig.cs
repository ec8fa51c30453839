using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using LossKata.LinearAlgebra;
using MathNet.Numerics.Providers.LinearAlgebra;

namespace LossKata.Bench;

/// <summary>Which MathNet linear-algebra provider a benchmark runs on.</summary>
public enum Provider
{
    /// <summary>MathNet's own managed provider (what LOSSKATA_PROVIDER=managed gives).</summary>
    Managed,

    /// <summary>The SIMD provider of common/LinearAlgebra (the default).</summary>
    Simd,
}

public static class Providers
{
    public static void Use(Provider provider)
    {
        if (provider == Provider.Simd)
        {
            SimdLinearAlgebra.Activate();
        }
        else
        {
            SimdLinearAlgebra.Deactivate();
        }

        Console.WriteLine($"// MathNet provider: {LinearAlgebraControl.Provider}");
    }
}

/// <summary>How many training samples one benchmark operation processes, for the Samples/s column.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SamplesAttribute(int count) : Attribute
{
    public int Count { get; } = count;
}

/// <summary>Samples/s = samples per operation ÷ mean time per operation.</summary>
public sealed class SamplesPerSecondColumn : IColumn
{
    public string Id => nameof(SamplesPerSecondColumn);

    public string ColumnName => "Samples/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Training samples processed per second (samples per operation ÷ mean time)";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var samples = benchmarkCase.Descriptor.WorkloadMethod
            .GetCustomAttributes(typeof(SamplesAttribute), false).OfType<SamplesAttribute>().FirstOrDefault();
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return samples is null || mean is null ? "-" : $"{samples.Count * 1e9 / mean.Value:N0}";
    }
}

public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        Add(DefaultConfig.Instance);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new SamplesPerSecondColumn());
    }
}
