// Mistake: the wrong sign of the gradient: y − σ(z) is the direction of descent, not the gradient σ(z) − y
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
        return target - Activations.Sigmoid(logit);
    }
}
