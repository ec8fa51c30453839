// Mistake: the surprises −log pᵢ summed without weighting them by pᵢ
// Replaces: Level1_Entropy/Entropy.cs
// Exercise: Information.Entropy
// Message must contain: "average surprise"
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
                nats -= Math.Log(probability);
            }
        }

        return nats / Math.Log(logBase);
    }
}
