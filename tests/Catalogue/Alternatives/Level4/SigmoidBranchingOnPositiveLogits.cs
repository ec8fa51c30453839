// Alternative: the branch taken on z > 0 rather than z ≥ 0: at z = 0 both forms give exactly ½
// Replaces: Level4_Softmax/Sigmoid.cs
// Exercise: Activations.Sigmoid
namespace LossKata;

public static partial class Activations
{
    public static double Sigmoid(double z)
    {
        if (double.IsNaN(z))
        {
            throw new ArgumentException("z is NaN.", nameof(z));
        }

        if (z > 0)
        {
            return 1 / (1 + Math.Exp(-z));
        }

        var expZ = Math.Exp(z);
        return expZ / (1 + expZ);
    }
}
