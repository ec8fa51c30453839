// Alternative: another stable form: e = e^−|z| once, then 1 / (1 + e) or e / (1 + e) by the sign of z
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

        var e = Math.Exp(-Math.Abs(z));
        return z >= 0 ? 1 / (1 + e) : e / (1 + e);
    }
}
