// Alternative: the plain formula 1 / (1 + e^−z) for every z: IEEE arithmetic makes it safe (e^−z overflows to ∞ and 1/∞ = 0)
// Replaces: Level4_Softmax/Sigmoid.cs
// Exercise: Activations.Sigmoid
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

        return 1 / (1 + Math.Exp(-z));
    }
}
