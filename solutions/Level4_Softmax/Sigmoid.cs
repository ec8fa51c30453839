namespace LossKata;

public static partial class Activations
{
    /// <summary>
    /// The logistic sigmoid $\sigma(z) = 1 / (1 + e^{-z})$, computed without overflow for large |z|
    /// (as $e^{z} / (1 + e^{z})$ when z &lt; 0).
    /// </summary>
    /// <param name="z">A logit; NaN is rejected.</param>
    public static double Sigmoid(double z)
    {
        Guard.NotNaN(z, nameof(z));

        if (z >= 0)
        {
            return 1 / (1 + Math.Exp(-z));
        }

        var expZ = Math.Exp(z);
        return expZ / (1 + expZ);
    }
}
