// Mistake: Sum where Mean is asked: the default reduction must divide by the number of elements
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropy.cs
// Exercise: Losses.BinaryCrossEntropy
// Message must contain: "Sum was used"
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
            var logP = Math.Max(Math.Log(probabilities[i]), -100);
            var logOneMinusP = Math.Max(Math.Log(1 - probabilities[i]), -100);
            total -= targets[i] * logP + (1 - targets[i]) * logOneMinusP;
        }

        return total;
    }
}
