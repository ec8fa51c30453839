// Mistake: log(softmax) instead of the stable log-softmax: softmax underflows to 0 and ln 0 = −∞ where z − LSE(z) is finite
// Replaces: Level4_Softmax/LogSoftmax.cs
// Exercise: Activations.LogSoftmax
// Message must contain: "−∞"
namespace LossKata;

public static partial class Activations
{
    /// <summary>The log-softmax of a vector of logits.</summary>
    public static Vector<double> LogSoftmax(Vector<double> z)
    {
        Guard.NotEmptyNoNaN(z, nameof(z));
        return Softmax(z).PointwiseLog();
    }

    /// <summary>The log-softmax of every row.</summary>
    public static Matrix<double> LogSoftmax(Matrix<double> logits)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        return Matrix<double>.Build.DenseOfRowVectors(logits.EnumerateRows().Select(LogSoftmax));
    }
}
