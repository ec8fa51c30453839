// Alternative: the shift written out: (zᵢ − m) − ln Σ e^(zⱼ − m), with m = max z, without calling LogSumExp
// Replaces: Level4_Softmax/LogSoftmax.cs
// Exercise: Activations.LogSoftmax
namespace LossKata;

public static partial class Activations
{
    /// <summary>The log-softmax of a vector of logits.</summary>
    public static Vector<double> LogSoftmax(Vector<double> z)
    {
        Guard.NotEmptyNoNaN(z, nameof(z));
        var max = z.Maximum();
        if (double.IsInfinity(max))
        {
            return z - max;
        }

        var shifted = z - max;
        return shifted - Math.Log(shifted.PointwiseExp().Sum());
    }

    /// <summary>The log-softmax of every row.</summary>
    public static Matrix<double> LogSoftmax(Matrix<double> logits)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        return Matrix<double>.Build.DenseOfRowVectors(logits.EnumerateRows().Select(LogSoftmax));
    }
}
