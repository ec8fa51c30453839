// Mistake: log base 2 where e is asked (the default base must be e, giving nats as PyTorch does)
// Replaces: Level1_Entropy/Entropy.cs
// Exercise: Information.Entropy
// Message must contain: "nats"
namespace LossKata;

public static partial class Information
{
    /// <summary>Shannon entropy.</summary>
    public static double Entropy(Vector<double> p, double logBase = 2)
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

        return nats / Math.Log(logBase);
    }
}
