namespace LossKata.Explore.Views;

/// <summary>Two distributions over the same outcomes and the base of the logarithm (e for nats, 2 for bits).</summary>
public sealed record EntropyInput(double[] P, double[] Q, double LogBase);

/// <summary>Entropy and KL (levels 1–2): H(p), H(q), H(p, q) and KL(p‖q), from which the page checks
/// H(p, q) = H(p) + KL(p‖q) for each implementation.</summary>
public static class EntropyView
{
    public const string Name = "entropy";

    public static IReadOnlyList<Row> Compute(EntropyInput input)
    {
        var p = Vector<double>.Build.DenseOfArray(input.P);
        var q = Vector<double>.Build.DenseOfArray(input.Q);
        return
        [
            Row.Of("entropyP", "Information.Entropy", () => [Information.Entropy(p, input.LogBase)]),
            Row.Of("entropyQ", "Information.Entropy", () => [Information.Entropy(q, input.LogBase)]),
            Row.Of("crossEntropy", "Information.CrossEntropy", () => [Information.CrossEntropy(p, q, input.LogBase)]),
            Row.Of("kl", "Information.KlDivergence", () => [Information.KlDivergence(p, q, input.LogBase)]),
        ];
    }
}
