namespace LossKata;

public static partial class Activations
{
    /// <summary>
    /// Level 4 — softmax: turns logits into a probability distribution,
    /// <c>softmax(z)ᵢ = e^(zᵢ) / Σⱼ e^(zⱼ)</c>. Subtract <c>max(z)</c> from every logit first: the result is the
    /// same (softmax is shift-invariant) and no exponential overflows.
    /// <para>Edge cases: z = [1000, 0] must give [1, 0], not NaN; equal logits give the uniform distribution, even at −1000.
    /// Every value lies in [0, 1] and they add up to 1; adding a constant to every logit changes nothing;
    /// <c>softmax(z)ᵢ = e^(zᵢ − LSE(z))</c>, and for two classes <c>softmax(z, 0)₀ = σ(z)</c>.</para>
    /// <para>Bad input: <c>Guard.NotEmptyNoNaN(z, nameof(z))</c>.</para>
    /// Read docs/level-4-softmax.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=4"</c>
    /// </summary>
    /// <param name="z">Logits.</param>
    public static Vector<double> Softmax(Vector<double> z)
    {
        throw new NotImplementedException("not started: implement Activations.Softmax in exercises/Level4_Softmax/Softmax.cs");
    }

    /// <summary>
    /// Level 4 — the softmax of every row of an N×C matrix (one row per sample, as PyTorch's <c>dim=1</c>): each row is
    /// normalised on its own, never across the batch.
    /// <para>Bad input: <c>Guard.NotEmptyNoNaN(logits, nameof(logits))</c>.</para>
    /// </summary>
    /// <param name="logits">An N×C matrix of logits.</param>
    public static Matrix<double> Softmax(Matrix<double> logits)
    {
        throw new NotImplementedException("not started: implement Activations.Softmax in exercises/Level4_Softmax/Softmax.cs");
    }
}
