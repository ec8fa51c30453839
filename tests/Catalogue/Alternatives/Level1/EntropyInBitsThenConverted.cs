// Alternative: another change of log base, computing bits with Math.Log2 and converting with log_b x = log₂ x / log₂ b
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

        var bits = 0.0;
        for (var i = p.Count - 1; i >= 0; i--)
        {
            if (p[i] != 0)
            {
                bits += p[i] * Math.Log2(1 / p[i]);
            }
        }

        return bits / Math.Log2(logBase);
    }
}
