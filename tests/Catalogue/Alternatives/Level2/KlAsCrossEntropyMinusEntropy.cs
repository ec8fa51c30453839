// Alternative: through the identity KL(p ‖ q) = H(p, q) − H(p), clamped at 0 against rounding
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
        return Math.Max(0, CrossEntropy(p, q, logBase) - Entropy(p, logBase));
    }
}
