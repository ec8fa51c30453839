// Mistake: change of base inverted, multiplying nats by ln b instead of dividing (log_b x = ln x / ln b)
// Replaces: Level1_Entropy/Entropy.cs
// Exercise: Information.Entropy
// Message must contain: "bits"
namespace LossKata;

public static partial class Information
{
    /// <summary>Shannon entropy.</summary>
    public static double Entropy(Vector<double> p, double logBase = Math.E)
    {
        Guard.Distribution(p, nameof(p));
        Guard.LogBase(logBase, nameof(logBase));

        var nats = 0.0;
        foreach (var probability in p)
        {
            if (probability > 0)
            {
                nats -= probability * Math.Log(probability);
            }
        }

        return nats * Math.Log(logBase);
    }
}
