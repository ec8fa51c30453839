namespace LossKata;

public static partial class Gradients
{
    /// <summary>
    /// Level 6 — the derivative of the squared error on a sigmoid with respect to the logit z:
    /// <c>d/dz (σ(z) − y)² = 2(σ − y) · σ(1 − σ)</c>, the chain rule with the sigmoid's slope <c>σ'(z) = σ(1 − σ)</c>.
    /// Do not drop the slope: it is the whole point of the level (it vanishes where the prediction is confidently wrong).
    /// <para>Edge cases: z = ±∞ gives 0. Tip: <c>1 − σ(z) = σ(−z)</c> stays accurate where <c>1 − σ</c> would round to 0.
    /// Its size is at most half the cross-entropy gradient σ − y (σ(1 − σ) ≤ ¼), exactly half at z = 0.</para>
    /// <para>Bad input: <c>Guard.NotNaN(logit, nameof(logit))</c>, <c>Guard.Probability(target, nameof(target))</c>.</para>
    /// Read docs/level-6-gradients.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=6"</c>
    /// </summary>
    /// <param name="logit">The logit z.</param>
    /// <param name="target">The target y in [0, 1].</param>
    public static double SquaredErrorWrtLogitThroughSigmoid(double logit, double target)
    {
        throw new NotImplementedException("not started: implement Gradients.SquaredErrorWrtLogitThroughSigmoid in exercises/Level6_Gradients/SquaredErrorWrtLogitThroughSigmoid.cs");
    }
}
