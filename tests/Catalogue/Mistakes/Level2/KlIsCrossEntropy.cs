// Mistake: the entropy term left out: −Σ pᵢ ln qᵢ is the cross-entropy H(p, q), not KL = H(p, q) − H(p)
// Replaces: Level2_CrossEntropyAndKl/KlDivergence.cs
// Exercise: Information.KlDivergence
// Message must contain: "ln(pᵢ/qᵢ)"
namespace LossKata;

public static partial class Information
{
    /// <summary>Kullback–Leibler divergence KL(p ‖ q).</summary>
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
                nats -= p[i] * Math.Log(q[i]);
            }
        }

        return nats / Math.Log(logBase);
    }
}
