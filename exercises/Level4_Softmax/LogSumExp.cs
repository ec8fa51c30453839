namespace LossKata;

public static partial class Activations
{
    /// <summary>
    /// Level 4 — log-sum-exp <c>LSE(z) = log Σᵢ e^(zᵢ)</c>, computed stably as <c>m + log Σᵢ e^(zᵢ − m)</c> with
    /// <c>m = max(z)</c>.
    /// <para>
    /// Edge cases: z = [1000, 1000] must give 1000 + log 2, not ∞; z = [−1000, −1000, −1000] gives −1000 + log 3, not −∞;
    /// <c>max(z) ≤ LSE(z) ≤ max(z) + log n</c>; <c>LSE(z + c) = LSE(z) + c</c>. Infinite logits are allowed: a −∞ logit
    /// contributes nothing, all −∞ gives −∞, and any +∞ gives +∞ (never ∞ − ∞ = NaN: return the infinite maximum as it is).
    /// </para>
    /// <para>Bad input: <c>Guard.NotEmptyNoNaN(z, nameof(z))</c>.</para>
    /// Read docs/level-4-softmax.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=4"</c>
    /// </summary>
    /// <param name="z">Logits.</param>
    public static double LogSumExp(Vector<double> z)
    {
        throw new NotImplementedException("not started: implement Activations.LogSumExp in exercises/Level4_Softmax/LogSumExp.cs");
    }
}
