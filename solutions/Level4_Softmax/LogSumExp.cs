namespace LossKata;

public static partial class Activations
{
    /// <summary>
    /// $\mathrm{LSE}(z) = \log \sum_i e^{z_i}$, computed as $m + \log \sum_i e^{z_i - m}$ with $m = \max_i z_i$
    /// so that no exponential overflows; $\max(z) \le \mathrm{LSE}(z) \le \max(z) + \log n$.
    /// </summary>
    /// <param name="z">Logits; NaN is rejected.</param>
    public static double LogSumExp(Vector<double> z)
    {
        Guard.NotEmptyNoNaN(z, nameof(z));

        var max = z.Maximum();
        if (double.IsInfinity(max))
        {
            return max;
        }

        return max + Math.Log(z.Sum(value => Math.Exp(value - max)));
    }
}
