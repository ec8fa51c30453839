// Mistake: an unstable form, (1 − y)·z + ln(1 + e^−z): e^−z overflows for a large negative logit
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropyWithLogits.cs
// Exercise: Losses.BinaryCrossEntropyWithLogits
// Message must contain: "overflows"
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
            total += (1 - targets[i]) * z + Math.Log(1 + Math.Exp(-z));
        }

        return reduction == Reduction.Mean ? total / logits.Count : total;
    }
}
