// Mistake: KL with p and q swapped: Σ qᵢ ln(qᵢ/pᵢ) is KL(q ‖ p), a different number, as KL is not symmetric
// Replaces: Level2_CrossEntropyAndKl/KlDivergence.cs
// Exercise: Information.KlDivergence
// Message must contain: "swapped"
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
            if (q[i] > 0)
            {
                nats += q[i] * (Math.Log(q[i]) - Math.Log(p[i]));
            }
        }

        return Math.Max(0, nats) / Math.Log(logBase);
    }
}
