// Mistake: the factor 2 of d(u²)/du = 2u forgotten
// Replaces: Level6_Gradients/SquaredErrorWrtLogitThroughSigmoid.cs
// Exercise: Gradients.SquaredErrorWrtLogitThroughSigmoid
// Message must contain: "2(σ − y)"
namespace LossKata;

public static partial class Gradients
{
    /// <summary>The derivative of the squared error on a sigmoid with respect to the logit.</summary>
    public static double SquaredErrorWrtLogitThroughSigmoid(double logit, double target)
    {
        Guard.NotNaN(logit, nameof(logit));
        Guard.Probability(target, nameof(target));
        var probability = Activations.Sigmoid(logit);
        return (probability - target) * probability * Activations.Sigmoid(-logit);
    }
}
