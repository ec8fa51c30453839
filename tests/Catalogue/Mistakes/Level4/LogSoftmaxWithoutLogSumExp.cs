// Mistake: only the maximum subtracted, z − max z: the log-probabilities of a log-softmax must be z − LSE(z)
// Replaces: Level4_Softmax/LogSoftmax.cs
// Exercise: Activations.LogSoftmax
// Message must contain: "LSE"
namespace LossKata;

public static partial class Activations
{
    /// <summary>The log-softmax of a vector of logits.</summary>
    public static Vector<double> LogSoftmax(Vector<double> z)
    {
        Guard.NotEmptyNoNaN(z, nameof(z));
        return z - z.Maximum();
    }

    /// <summary>The log-softmax of every row.</summary>
    public static Matrix<double> LogSoftmax(Matrix<double> logits)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        return Matrix<double>.Build.DenseOfRowVectors(logits.EnumerateRows().Select(LogSoftmax));
    }
}
