// Alternative: ln(pᵢ/qᵢ) as one logarithm of the ratio, summed from the last term to the first, in bits then converted
// Replaces: Level2_CrossEntropyAndKl/KlDivergence.cs
// Exercise: Information.KlDivergence
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

        var bits = 0.0;
        for (var i = p.Count - 1; i >= 0; i--)
        {
            if (p[i] > 0)
            {
                bits += p[i] * Math.Log2(p[i] / q[i]);
            }
        }

        return Math.Max(0, bits) / Math.Log2(logBase);
    }
}
