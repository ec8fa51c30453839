// Mistake: the shift by m = max zᵢ not undone: LSE(z) = m + ln Σ e^(zᵢ − m), the m was dropped
// Replaces: Level4_Softmax/LogSumExp.cs
// Exercise: Activations.LogSumExp
// Message must contain: "m + ln Σ"
namespace LossKata;

public static partial class Activations
{
    /// <summary>Log-sum-exp of the logits.</summary>
    public static double LogSumExp(Vector<double> z)
    {
        Guard.NotEmptyNoNaN(z, nameof(z));
        var max = z.Maximum();
        return Math.Log(z.Sum(value => Math.Exp(value - max)));
    }
}
