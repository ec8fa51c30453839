// Mistake: the ratio upside down, Σ pᵢ ln(qᵢ/pᵢ) = −KL: a sign error that makes the divergence negative
// Replaces: Level2_CrossEntropyAndKl/KlDivergence.cs
// Exercise: Information.KlDivergence
// Message must contain: "sign error"
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
                nats += p[i] * Math.Log(q[i] / p[i]);
            }
        }

        return nats / Math.Log(logBase);
    }
}
