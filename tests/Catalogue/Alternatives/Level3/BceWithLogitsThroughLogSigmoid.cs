// Alternative: through log σ(z) = −softplus(−z) and log(1 − σ(z)) = −softplus(z), both stable, summed per element
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
            var logSigmoid = -(Math.Max(-z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z))));
            var logOneMinusSigmoid = -(Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z))));
            total -= targets[i] * logSigmoid + (1 - targets[i]) * logOneMinusSigmoid;
        }

        return reduction == Reduction.Mean ? total / logits.Count : total;
    }
}
