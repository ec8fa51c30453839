// Alternative: the chain rule written out, dℓ/dσ · dσ/dz with dℓ/dσ = (σ − y)/(σ(1 − σ)), simplified by hand to (1 − y)σ − y(1 − σ)
// Replaces: Level6_Gradients/BinaryCrossEntropyWrtLogit.cs
// Exercise: Gradients.BinaryCrossEntropyWrtLogit
namespace LossKata;

public static partial class Gradients
{
    /// <summary>The derivative of binary cross-entropy on a sigmoid with respect to the logit.</summary>
    public static double BinaryCrossEntropyWrtLogit(double logit, double target)
    {
        Guard.NotNaN(logit, nameof(logit));
        Guard.Probability(target, nameof(target));
        var probability = Activations.Sigmoid(logit);
        return (1 - target) * probability - target * (1 - probability);
    }
}
