// Mistake: the sigmoid's slope σ(1 − σ) multiplied in again, although the logs of the loss cancel it
// Replaces: Level6_Gradients/BinaryCrossEntropyWrtLogit.cs
// Exercise: Gradients.BinaryCrossEntropyWrtLogit
// Message must contain: "σ(z) − y"
namespace LossKata;

public static partial class Gradients
{
    /// <summary>The derivative of binary cross-entropy on a sigmoid with respect to the logit.</summary>
    public static double BinaryCrossEntropyWrtLogit(double logit, double target)
    {
        Guard.NotNaN(logit, nameof(logit));
        Guard.Probability(target, nameof(target));
        var probability = Activations.Sigmoid(logit);
        return (probability - target) * probability * (1 - probability);
    }
}
