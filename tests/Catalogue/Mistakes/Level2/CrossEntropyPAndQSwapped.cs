// Mistake: p and q swapped, −Σ qᵢ log pᵢ: the predicted q must be inside the log, the true p outside
// Replaces: Level2_CrossEntropyAndKl/CrossEntropy.cs
// Exercise: Information.CrossEntropy
// Message must contain: "inside the log"
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
            if (q[i] > 0)
            {
                nats -= q[i] * Math.Log(p[i]);
            }
        }

        return nats / Math.Log(logBase);
    }
}
