namespace LossKata;

public static partial class Information
{
    /// <summary>
    /// Level 2 — cross-entropy: the average surprise when outcomes drawn from p are coded for q,
    /// <c>H(p, q) = −Σᵢ pᵢ · log_b(qᵢ)</c>.
    /// <para>
    /// Edge cases: a term with <c>pᵢ = 0</c> contributes 0 (even when <c>qᵢ = 0</c>); the result is <c>+∞</c> when
    /// some <c>qᵢ = 0 &lt; pᵢ</c> (an outcome the model called impossible happened). Default base e; base 2 gives bits.
    /// Identities: <c>H(p, q) = H(p) + KL(p ‖ q)</c>, so <c>H(p, p) = H(p)</c>; for a one-hot p (a label y),
    /// <c>H(p, q) = −log q_y</c>.
    /// </para>
    /// <para>
    /// Bad input, checked in this order so that the message names the first thing wrong:
    /// <c>Guard.Distribution(p, nameof(p))</c>, <c>Guard.Distribution(q, nameof(q))</c>,
    /// <c>Guard.SameLength(p, nameof(p), q, nameof(q))</c> (the exception names q) and
    /// <c>Guard.LogBase(logBase, nameof(logBase))</c>. A sum within <c>Guard.DistributionSumTolerance</c> (1e-6) of 1
    /// counts as 1, and the vector is used as given.
    /// </para>
    /// Read docs/level-2-cross-entropy-and-kl.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=2"</c>
    /// </summary>
    /// <param name="p">The true distribution.</param>
    /// <param name="q">The predicted distribution, the same length as <paramref name="p"/>.</param>
    /// <param name="logBase">The base b of the logarithm: e for nats (the default), 2 for bits.</param>
    public static double CrossEntropy(Vector<double> p, Vector<double> q, double logBase = Math.E)
    {
        throw new NotImplementedException("not started: implement Information.CrossEntropy in exercises/Level2_CrossEntropyAndKl/CrossEntropy.cs");
    }
}
