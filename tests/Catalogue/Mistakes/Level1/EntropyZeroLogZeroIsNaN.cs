// Mistake: 0·log 0 computed as 0·(−∞) = NaN instead of counting as 0
// Replaces: Level1_Entropy/Entropy.cs
// Exercise: Information.Entropy
// Message must contain: "0·log 0", "NaN"
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
            nats -= probability * Math.Log(probability);
        }

        return nats / Math.Log(logBase);
    }
}
