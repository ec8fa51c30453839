// Mistake: an unstable form, e^z / (1 + e^z) for every z: ∞/∞ = NaN once e^z overflows
// Replaces: Level4_Softmax/Sigmoid.cs
// Exercise: Activations.Sigmoid
// Message must contain: "NaN"
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

        var expZ = Math.Exp(z);
        return expZ / (1 + expZ);
    }
}
