namespace LossKata;

public static partial class Information
{
    /// <summary>
    /// Kullback–Leibler divergence $D_{KL}(p \| q) = \sum_i p_i \log_b (p_i / q_i)$: the extra surprise paid for
    /// coding p with q, so $H(p, q) = H(p) + D_{KL}(p \| q)$. Terms with $p_i = 0$ contribute 0; the result is
    /// $+\infty$ when some $q_i = 0 &lt; p_i$. Not symmetric in p and q.
    /// </summary>
    /// <param name="p">The true distribution.</param>
    /// <param name="q">The predicted distribution, the same length as <paramref name="p"/>.</param>
    /// <param name="logBase">The base b of the logarithm: e for nats (the default), 2 for bits.</param>
    public static double KlDivergence(Vector<double> p, Vector<double> q, double logBase = Math.E)
    {
        Guard.Distribution(p, nameof(p));
        Guard.Distribution(q, nameof(q));
        Guard.SameLength(p, nameof(p), q, nameof(q));
        Guard.LogBase(logBase, nameof(logBase));

        var nats = 0.0;
        for (var i = 0; i < p.Count; i++)
        {
            if (p[i] > 0)
            {
                nats += p[i] * (Math.Log(p[i]) - Math.Log(q[i]));
            }
        }

        // Rounding can leave a tiny negative sum when p ≈ q; Gibbs' inequality says KL ≥ 0.
        return Math.Max(0, nats) / Math.Log(logBase);
    }
}
