// Mistake: an infinite maximum not handled: zᵢ − m is ∞ − ∞ = NaN when m = ±∞
// Replaces: Level4_Softmax/LogSumExp.cs
// Exercise: Activations.LogSumExp
// Message must contain: "∞ − ∞"
namespace LossKata;

public static partial class Activations
{
    /// <summary>Log-sum-exp of the logits.</summary>
    public static double LogSumExp(Vector<double> z)
    {
        Guard.NotEmptyNoNaN(z, nameof(z));
        var max = z.Maximum();
        return max + Math.Log(z.Sum(value => Math.Exp(value - max)));
    }
}
