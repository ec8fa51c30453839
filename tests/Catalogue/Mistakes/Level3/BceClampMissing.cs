// Mistake: the BCE clamp missing: ln 0 = −∞ must be clamped at −100 as PyTorch does, so p = 0 or 1 gives a finite loss
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropy.cs
// Exercise: Losses.BinaryCrossEntropy
// Message must contain: "clamp"
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
            total -= targets[i] * Math.Log(probabilities[i]) + (1 - targets[i]) * Math.Log(1 - probabilities[i]);
        }

        return reduction == Reduction.Mean ? total / probabilities.Count : total;
    }
}
