// Mistake: dropping σ(1−σ): 2(σ − y) is the derivative with respect to σ, the chain rule through the sigmoid is missing
// Replaces: Level6_Gradients/SquaredErrorWrtLogitThroughSigmoid.cs
// Exercise: Gradients.SquaredErrorWrtLogitThroughSigmoid
// Message must contain: "σ(1 − σ)"
namespace LossKata;

public static partial class Gradients
{
    /// <summary>The derivative of the squared error on a sigmoid with respect to the logit.</summary>
    public static double SquaredErrorWrtLogitThroughSigmoid(double logit, double target)
    {
        Guard.NotNaN(logit, nameof(logit));
        Guard.Probability(target, nameof(target));
        return 2 * (Activations.Sigmoid(logit) - target);
    }
}
