// Alternative: each term computed only where its weight is non-zero, with 1 − p computed once
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

        var total = 0.0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var p = probabilities[i];
            var y = targets[i];
            var oneMinusP = 1 - p;
            if (y != 0)
            {
                total += y * Math.Max(Math.Log(p), -100);
            }

            if (y != 1)
            {
                total += (1 - y) * Math.Max(Math.Log(oneMinusP), -100);
            }
        }

        return reduction == Reduction.Sum ? -total : -total / probabilities.Count;
    }
}
