// Alternative: LINQ instead of a loop, skipping the zero probabilities with Where
// Replaces: Level1_Entropy/Entropy.cs
// Exercise: Information.Entropy
namespace LossKata;

public static partial class Information
{
    /// <summary>Shannon entropy.</summary>
    public static double Entropy(Vector<double> p, double logBase = Math.E)
    {
        Guard.Distribution(p, nameof(p));
        Guard.LogBase(logBase, nameof(logBase));
        return -p.Where(probability => probability > 0).Sum(probability => probability * Math.Log(probability, logBase));
    }
}
