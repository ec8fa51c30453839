// Mistake: σ(z) computed first and fed to the clamped BCE: σ(1000) rounds to 1, so a wrong confident logit costs 100 instead of 1000
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropyWithLogits.cs
// Exercise: Losses.BinaryCrossEntropyWithLogits
// Message must contain: "σ(1000)"
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
            var p = 1 / (1 + Math.Exp(-z));
            total -= targets[i] * Math.Max(Math.Log(p), -100) + (1 - targets[i]) * Math.Max(Math.Log(1 - p), -100);
        }

        return reduction == Reduction.Mean ? total / logits.Count : total;
    }
}
