// Mistake: the matrix log-softmax taken down each column (across the batch) instead of along each row
// Replaces: Level4_Softmax/LogSoftmax.cs
// Exercise: Activations.LogSoftmax
// Message must contain: "row"
namespace LossKata;

public static partial class Activations
{
    /// <summary>The log-softmax of a vector of logits.</summary>
    public static Vector<double> LogSoftmax(Vector<double> z)
    {
        Guard.NotEmptyNoNaN(z, nameof(z));
        return z - LogSumExp(z);
    }

    /// <summary>The log-softmax of every row.</summary>
    public static Matrix<double> LogSoftmax(Matrix<double> logits)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        return Matrix<double>.Build.DenseOfColumnVectors(logits.EnumerateColumns().Select(LogSoftmax));
    }
}
