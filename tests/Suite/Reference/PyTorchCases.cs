namespace LossKata.Tests.Reference;

/// <summary>A named input of the PyTorch reference tables; the name is what a test run shows.</summary>
internal interface IReferenceCase
{
    string Name { get; }
}

internal sealed record EntropyCase(string Name, double[] P, double Nats, double Bits) : IReferenceCase;

internal sealed record DistributionPairCase(string Name, double[] P, double[] Q, double CrossEntropy, double Kl) : IReferenceCase;

internal sealed record BinaryCase(string Name, double[] Inputs, double[] Targets, double Mean, double Sum) : IReferenceCase;

internal sealed record SigmoidCase(double Z, double Sigmoid) : IReferenceCase
{
    public string Name => Z.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed record LogitVectorCase(string Name, double[] Z, double LogSumExp, double[] Softmax, double[] LogSoftmax) : IReferenceCase;

internal sealed record LogitMatrixCase(string Name, double[][] Logits, double[][] Softmax, double[][] LogSoftmax) : IReferenceCase;

internal sealed record LabelledCase(string Name, double[][] Rows, int[] Labels, double Mean, double Sum) : IReferenceCase;

internal sealed record MatrixPairCase(string Name, double[][] Predictions, double[][] Targets, double Mean, double Sum) : IReferenceCase;

/// <summary>
/// Lookup of the generated tables by case name. Tests compare with these values at
/// <see cref="Numbers.ReferenceTolerance"/> (1e-10, relative; absolute near 0): PyTorch and the kata both compute
/// in float64, so a correct implementation agrees to ~1e-15 and any formula mistake (wrong base, a missing term,
/// Sum for Mean) is off by far more than 1e-10; the slack admits other summation orders and log-base changes.
/// </summary>
internal static partial class PyTorchLevels1To5
{
    /// <summary>The case names of a table, as theory data (one test per case in the run's output).</summary>
    public static TheoryData<string> Names(IEnumerable<IReferenceCase> cases) => new(cases.Select(c => c.Name));

    public static T Find<T>(IEnumerable<T> cases, string name)
        where T : IReferenceCase =>
        cases.Single(c => c.Name == name);
}
