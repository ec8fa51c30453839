// Alternative: through the identity H(p, q) = H(p) + KL(p ‖ q), reusing the two other exercises
// Replaces: Level2_CrossEntropyAndKl/CrossEntropy.cs
// Exercise: Information.CrossEntropy
namespace LossKata;

public static partial class Information
{
    /// <summary>Cross-entropy H(p, q).</summary>
    public static double CrossEntropy(Vector<double> p, Vector<double> q, double logBase = Math.E)
    {
        Guard.Distribution(p, nameof(p));
        Guard.Distribution(q, nameof(q));
        Guard.SameLength(p, nameof(p), q, nameof(q));
        Guard.LogBase(logBase, nameof(logBase));
        return Entropy(p, logBase) + KlDivergence(p, q, logBase);
    }
}
