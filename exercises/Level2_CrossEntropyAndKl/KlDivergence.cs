namespace LossKata;

public static partial class Information
{
    /// <summary>
    /// Level 2 — Kullback–Leibler divergence: the extra surprise paid for coding p with q,
    /// <c>KL(p ‖ q) = Σᵢ pᵢ · log_b(pᵢ / qᵢ)</c>, so that <c>H(p, q) = H(p) + KL(p ‖ q)</c>.
    /// <para>
    /// Edge cases: a term with <c>pᵢ = 0</c> contributes 0; the result is <c>+∞</c> when some <c>qᵢ = 0 &lt; pᵢ</c>;
    /// it is never negative (Gibbs' inequality; more sharply Pinsker's <c>KL ≥ ½ ‖p − q‖₁²</c>), <c>KL(p ‖ p) = 0</c>, and it
    /// is not symmetric: <c>KL(p ‖ q) ≠ KL(q ‖ p)</c> in general. For a one-hot p (a label y), <c>KL = −log q_y</c>.
    /// Default base e; base 2 gives bits.
    /// PyTorch computes it as <c>F.kl_div(q.log(), p, reduction='sum')</c>: the model's log-probabilities come first there.
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
    public static double KlDivergence(Vector<double> p, Vector<double> q, double logBase = Math.E)
    {
        throw new NotImplementedException("not started: implement Information.KlDivergence in exercises/Level2_CrossEntropyAndKl/KlDivergence.cs");
    }
}
