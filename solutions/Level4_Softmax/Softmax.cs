namespace LossKata;

public static partial class Activations
{
    /// <summary>
    /// $\mathrm{softmax}(z)_i = e^{z_i - m} / \sum_j e^{z_j - m}$ with $m = \max_j z_j$: the same value as
    /// $e^{z_i} / \sum_j e^{z_j}$, without overflow.
    /// </summary>
    /// <param name="z">Logits; NaN is rejected.</param>
    public static Vector<double> Softmax(Vector<double> z)
    {
        Guard.NotEmptyNoNaN(z, nameof(z));

        var max = z.Maximum();
        var exponentials = z.Map(value => Math.Exp(value - max));
        return exponentials / exponentials.Sum();
    }

    /// <summary>The softmax of every row (one row per sample).</summary>
    /// <param name="logits">An N×C matrix of logits; NaN is rejected.</param>
    public static Matrix<double> Softmax(Matrix<double> logits)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        return Matrix<double>.Build.DenseOfRowVectors(logits.EnumerateRows().Select(Softmax));
    }
}
