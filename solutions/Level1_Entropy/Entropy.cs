namespace LossKata;

public static partial class Information
{
    /// <summary>
    /// Shannon entropy $H(p) = -\sum_i p_i \log_b p_i$, with $0 \log 0 = 0$.
    /// </summary>
    /// <param name="p">A probability distribution.</param>
    /// <param name="logBase">The base b of the logarithm: e for nats (the default), 2 for bits.</param>
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

        return nats / Math.Log(logBase);
    }
}
