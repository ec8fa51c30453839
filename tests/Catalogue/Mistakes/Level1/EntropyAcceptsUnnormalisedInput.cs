// Mistake: the Guard.Distribution check left out, so a vector that does not sum to 1 gives a number instead of an error
// Replaces: Level1_Entropy/Entropy.cs
// Exercise: Information.Entropy
// Message must contain: "sum to one"
namespace LossKata;

public static partial class Information
{
    /// <summary>Shannon entropy.</summary>
    public static double Entropy(Vector<double> p, double logBase = Math.E)
    {
        ArgumentNullException.ThrowIfNull(p);
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
