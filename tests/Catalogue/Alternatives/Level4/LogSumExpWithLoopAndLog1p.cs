// Alternative: a loop instead of LINQ, leaving the largest term out of the sum: m + ln(1 + Σ_{i≠argmax} e^(zᵢ − m))
// Replaces: Level4_Softmax/LogSumExp.cs
// Exercise: Activations.LogSumExp
namespace LossKata;

public static partial class Activations
{
    /// <summary>Log-sum-exp of the logits.</summary>
    public static double LogSumExp(Vector<double> z)
    {
        Guard.NotEmptyNoNaN(z, nameof(z));
        var argmax = z.MaximumIndex();
        var max = z[argmax];
        if (double.IsInfinity(max))
        {
            return max;
        }

        var rest = 0.0;
        for (var i = 0; i < z.Count; i++)
        {
            if (i != argmax)
            {
                rest += Math.Exp(z[i] - max);
            }
        }

        return max + double.LogP1(rest);
    }
}
