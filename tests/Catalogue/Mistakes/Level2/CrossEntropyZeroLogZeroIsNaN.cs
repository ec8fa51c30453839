// Mistake: a term with pᵢ = 0 computed as 0·ln 0 = 0·(−∞) = NaN instead of being skipped
// Replaces: Level2_CrossEntropyAndKl/CrossEntropy.cs
// Exercise: Information.CrossEntropy
// Message must contain: "NaN means 0·ln 0"
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

        var nats = 0.0;
        for (var i = 0; i < p.Count; i++)
        {
            nats -= p[i] * Math.Log(q[i]);
        }

        return nats / Math.Log(logBase);
    }
}
