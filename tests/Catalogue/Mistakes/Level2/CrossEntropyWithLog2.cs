// Mistake: log base 2 where e is asked: Math.Log2 in each term, so without a base argument the result is in bits, not nats
// Replaces: Level2_CrossEntropyAndKl/CrossEntropy.cs
// Exercise: Information.CrossEntropy
// Message must contain: "log₂ was used"
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
            if (p[i] > 0)
            {
                nats -= p[i] * Math.Log2(q[i]);
            }
        }

        return nats / Math.Log(logBase);
    }
}
