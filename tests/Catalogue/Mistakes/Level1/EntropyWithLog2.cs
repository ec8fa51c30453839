// Mistake: log base 2 where e is asked: Math.Log2 in each term, so without a base argument the result is in bits, not nats
// Replaces: Level1_Entropy/Entropy.cs
// Exercise: Information.Entropy
// Message must contain: "nats"
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
                nats -= probability * Math.Log2(probability);
            }
        }

        return nats / Math.Log(logBase);
    }
}
