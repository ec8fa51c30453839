// Alternative: the slope written σ(1 − σ) directly rather than σ(z)σ(−z)
// Replaces: Level6_Gradients/SquaredErrorWrtLogitThroughSigmoid.cs
// Exercise: Gradients.SquaredErrorWrtLogitThroughSigmoid
namespace LossKata;

public static partial class Gradients
{
    /// <summary>The derivative of the squared error on a sigmoid with respect to the logit.</summary>
    public static double SquaredErrorWrtLogitThroughSigmoid(double logit, double target)
    {
        Guard.NotNaN(logit, nameof(logit));
        Guard.Probability(target, nameof(target));
        var probability = Activations.Sigmoid(logit);
        return 2 * (probability - target) * probability * (1 - probability);
    }
}
