// Mistake: a term with pᵢ = 0 computed as 0·ln(0/qᵢ) = NaN instead of being skipped
// Replaces: Level2_CrossEntropyAndKl/KlDivergence.cs
// Exercise: Information.KlDivergence
// Message must contain: "NaN means 0·ln(0/0)"
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
            nats += p[i] * (Math.Log(p[i]) - Math.Log(q[i]));
        }

        return Math.Max(0, nats) / Math.Log(logBase);
    }
}
