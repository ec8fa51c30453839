// Alternative: computing softmax through log-softmax: softmax(z) = exp(log-softmax(z))
// Replaces: Level4_Softmax/Softmax.cs
// Exercise: Activations.Softmax
namespace LossKata;

public static partial class Activations
{
    /// <summary>The softmax of a vector of logits.</summary>
    public static Vector<double> Softmax(Vector<double> z)
    {
        Guard.NotEmptyNoNaN(z, nameof(z));
        return LogSoftmax(z).PointwiseExp();
    }

    /// <summary>The softmax of every row.</summary>
    public static Matrix<double> Softmax(Matrix<double> logits)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        return Matrix<double>.Build.DenseOfRowVectors(logits.EnumerateRows().Select(Softmax));
    }
}
