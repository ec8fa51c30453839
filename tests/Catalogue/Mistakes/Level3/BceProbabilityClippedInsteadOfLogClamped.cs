// Mistake: the probability clipped to [1e-7, 1 − 1e-7] (as Keras does) instead of each log clamped at −100 (as PyTorch does)
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropy.cs
// Exercise: Losses.BinaryCrossEntropy
// Message must contain: "clamps"
namespace LossKata;

public static partial class Losses
{
    /// <summary>Binary cross-entropy as PyTorch's binary_cross_entropy.</summary>
    public static double BinaryCrossEntropy(Vector<double> probabilities, Vector<double> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.Probabilities(probabilities, nameof(probabilities));
        Guard.Probabilities(targets, nameof(targets));
        Guard.SameLength(probabilities, nameof(probabilities), targets, nameof(targets));

        var total = 0.0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var p = Math.Clamp(probabilities[i], 1e-7, 1 - 1e-7);
            total -= targets[i] * Math.Log(p) + (1 - targets[i]) * Math.Log(1 - p);
        }

        return reduction == Reduction.Mean ? total / probabilities.Count : total;
    }
}
