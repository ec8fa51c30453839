namespace LossKata;

public static partial class Gradients
{
    /// <summary>
    /// Level 6 — the derivative of binary cross-entropy on a sigmoid with respect to the logit z:
    /// <c>d/dz −[y log σ(z) + (1 − y) log(1 − σ(z))] = σ(z) − y</c>. Derive it once by hand (the sigmoid's slope
    /// σ(1 − σ) cancels the logs' 1/σ and 1/(1 − σ)); the code is one line, reusing your <c>Activations.Sigmoid</c>.
    /// <para>Edge cases: z = ±∞ is allowed (σ = 1 or 0); the result always lies in [−1, 1]: in [−1, 0] for y = 1 (descent
    /// raises z) and in [0, 1] for y = 0. It is at least twice the squared-error gradient in size, exactly twice at z = 0.</para>
    /// <para>Bad input: <c>Guard.NotNaN(logit, nameof(logit))</c>, <c>Guard.Probability(target, nameof(target))</c>.</para>
    /// Read docs/level-6-gradients.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=6"</c>
    /// </summary>
    /// <param name="logit">The logit z.</param>
    /// <param name="target">The target y in [0, 1].</param>
    public static double BinaryCrossEntropyWrtLogit(double logit, double target)
    {
        throw new NotImplementedException("not started: implement Gradients.BinaryCrossEntropyWrtLogit in exercises/Level6_Gradients/BinaryCrossEntropyWrtLogit.cs");
    }
}
