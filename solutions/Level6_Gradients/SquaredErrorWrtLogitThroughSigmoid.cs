namespace LossKata;

public static partial class Gradients
{
    /// <summary>
    /// $\partial/\partial z$ of the squared error on a sigmoid, $(\sigma(z) - y)^2$: by the chain rule
    /// $2(\sigma - y)\,\sigma(1 - \sigma)$. The factor $\sigma(1 - \sigma)$ is computed as $\sigma(z)\,\sigma(-z)$, which
    /// keeps its relative precision where $1 - \sigma(z)$ would round to 0.
    /// </summary>
    /// <param name="logit">The logit z; ±∞ allowed, NaN rejected.</param>
    /// <param name="target">The target y in [0, 1].</param>
    public static double SquaredErrorWrtLogitThroughSigmoid(double logit, double target)
    {
        Guard.NotNaN(logit, nameof(logit));
        Guard.Probability(target, nameof(target));
        var probability = Activations.Sigmoid(logit);
        return 2 * (probability - target) * probability * Activations.Sigmoid(-logit);
    }
}
