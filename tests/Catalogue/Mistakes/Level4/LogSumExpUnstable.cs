// Mistake: an unstable log-sum-exp, ln Σ e^zᵢ without subtracting the maximum: e^1000 overflows to ∞
// Replaces: Level4_Softmax/LogSumExp.cs
// Exercise: Activations.LogSumExp
// Message must contain: "overflow"
namespace LossKata;

public static partial class Activations
{
    /// <summary>Log-sum-exp of the logits.</summary>
    public static double LogSumExp(Vector<double> z)
    {
        Guard.NotEmptyNoNaN(z, nameof(z));
        return Math.Log(z.Sum(Math.Exp));
    }
}
