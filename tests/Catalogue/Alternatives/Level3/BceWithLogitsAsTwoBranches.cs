// Alternative: another stable form, ℓ = (1 − y)·z + softplus(−z), with softplus(−z) written for each sign of z and double.LogP1
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropyWithLogits.cs
// Exercise: Losses.BinaryCrossEntropyWithLogits
namespace LossKata;

public static partial class Losses
{
    /// <summary>Binary cross-entropy on logits as PyTorch's binary_cross_entropy_with_logits.</summary>
    public static double BinaryCrossEntropyWithLogits(Vector<double> logits, Vector<double> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.Probabilities(targets, nameof(targets));
        Guard.SameLength(logits, nameof(logits), targets, nameof(targets));

        var total = 0.0;
        for (var i = 0; i < logits.Count; i++)
        {
            var z = logits[i];
            var softplusOfMinusZ = z >= 0 ? double.LogP1(Math.Exp(-z)) : -z + double.LogP1(Math.Exp(z));
            total += (1 - targets[i]) * z + softplusOfMinusZ;
        }

        return reduction == Reduction.Mean ? total / logits.Count : total;
    }
}
