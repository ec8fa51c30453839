namespace LossKata;

public static partial class Gradients
{
    /// <summary>
    /// $\partial/\partial z$ of binary cross-entropy on a sigmoid, $\ell = -[y \log \sigma(z) + (1 - y)\log(1 - \sigma(z))]$:
    /// the sigmoid's derivative $\sigma(1 - \sigma)$ cancels the $1/\sigma$ and $1/(1 - \sigma)$ of the logs, leaving
    /// $\sigma(z) - y$.
    /// </summary>
    /// <param name="logit">The logit z; ±∞ allowed, NaN rejected.</param>
    /// <param name="target">The target y in [0, 1].</param>
    public static double BinaryCrossEntropyWrtLogit(double logit, double target)
    {
        Guard.NotNaN(logit, nameof(logit));
        Guard.Probability(target, nameof(target));
        return Activations.Sigmoid(logit) - target;
    }
}
