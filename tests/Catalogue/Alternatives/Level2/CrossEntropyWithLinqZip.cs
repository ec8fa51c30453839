// Alternative: LINQ (Zip, Where, Sum) instead of an indexed loop, and Math.Log(x, b) in each term
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
        return -p.Zip(q).Where(pair => pair.First > 0).Sum(pair => pair.First * Math.Log(pair.Second, logBase));
    }
}
