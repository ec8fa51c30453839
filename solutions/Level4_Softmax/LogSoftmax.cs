namespace LossKata;

public static partial class Activations
{
    /// <summary>
    /// $\log \mathrm{softmax}(z)_i = z_i - \mathrm{LSE}(z)$: finite even where softmax underflows to 0, which is
    /// why cross-entropy is computed from it rather than from <c>log(Softmax(z))</c>.
    /// </summary>
    /// <param name="z">Logits; NaN is rejected.</param>
    public static Vector<double> LogSoftmax(Vector<double> z)
    {
        Guard.NotEmptyNoNaN(z, nameof(z));
        return z - LogSumExp(z);
    }

    /// <summary>The log-softmax of every row (one row per sample).</summary>
    /// <param name="logits">An N×C matrix of logits; NaN is rejected.</param>
    public static Matrix<double> LogSoftmax(Matrix<double> logits)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        return Matrix<double>.Build.DenseOfRowVectors(logits.EnumerateRows().Select(LogSoftmax));
    }
}
