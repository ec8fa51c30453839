// Alternative: LINQ over the pairs (p, y) instead of a loop, with a helper for the clamped logarithm
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropy.cs
// Exercise: Losses.BinaryCrossEntropy
namespace LossKata;

public static partial class Losses
{
    /// <summary>Binary cross-entropy as PyTorch's binary_cross_entropy.</summary>
    public static double BinaryCrossEntropy(Vector<double> probabilities, Vector<double> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.Probabilities(probabilities, nameof(probabilities));
        Guard.Probabilities(targets, nameof(targets));
        Guard.SameLength(probabilities, nameof(probabilities), targets, nameof(targets));

        return -probabilities.Zip(targets).Sum(pair => pair.Second * ClampedLog(pair.First) + (1 - pair.Second) * ClampedLog(1 - pair.First)) / (reduction == Reduction.Mean ? probabilities.Count : 1);
    }

    private static double ClampedLog(double x) => Math.Max(Math.Log(x), -100);
}
