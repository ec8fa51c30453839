namespace LossKata;

public static partial class Activations
{
    /// <summary>
    /// Level 4 — log-softmax: <c>log softmax(z)ᵢ = zᵢ − LSE(z)</c>. Compute it from log-sum-exp, not as
    /// <c>log(Softmax(z))</c>: softmax underflows to 0 for very negative logits and log 0 = −∞.
    /// <para>Edge cases: z = [0, −1000] must give [0, −1000], finite. Every value is ≤ 0, the largest logit keeps the
    /// largest value, and the exponentials add up to 1.</para>
    /// <para>Bad input: <c>Guard.NotEmptyNoNaN(z, nameof(z))</c>.</para>
    /// Read docs/level-4-softmax.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=4"</c>
    /// </summary>
    /// <param name="z">Logits.</param>
    public static Vector<double> LogSoftmax(Vector<double> z)
    {
        throw new NotImplementedException("not started: implement Activations.LogSoftmax in exercises/Level4_Softmax/LogSoftmax.cs");
    }

    /// <summary>
    /// Level 4 — the log-softmax of every row of an N×C matrix (one row per sample), each row on its own.
    /// <para>Bad input: <c>Guard.NotEmptyNoNaN(logits, nameof(logits))</c>.</para>
    /// </summary>
    /// <param name="logits">An N×C matrix of logits.</param>
    public static Matrix<double> LogSoftmax(Matrix<double> logits)
    {
        throw new NotImplementedException("not started: implement Activations.LogSoftmax in exercises/Level4_Softmax/LogSoftmax.cs");
    }
}
