// Alternative: the vector log-softmax without a guard of its own: LogSumExp(z) rejects null, empty and NaN with the same argument name and message
// Replaces: Level4_Softmax/LogSoftmax.cs
// Exercise: Activations.LogSoftmax
namespace LossKata;

public static partial class Activations
{
    public static Vector<double> LogSoftmax(Vector<double> z)
    {
        return z - LogSumExp(z);
    }

    public static Matrix<double> LogSoftmax(Matrix<double> logits)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        return Matrix<double>.Build.DenseOfRowVectors(logits.EnumerateRows().Select(LogSoftmax));
    }
}
