// Mistake: the sign of the exponent flipped, 1 / (1 + e^z), which is σ(−z)
// Replaces: Level4_Softmax/Sigmoid.cs
// Exercise: Activations.Sigmoid
// Message must contain: "never means a smaller probability"
namespace LossKata;

public static partial class Activations
{
    /// <summary>The logistic sigmoid.</summary>
    public static double Sigmoid(double z)
    {
        if (double.IsNaN(z))
        {
            throw new ArgumentException("z is NaN.", nameof(z));
        }

        return 1 / (1 + Math.Exp(z));
    }
}
