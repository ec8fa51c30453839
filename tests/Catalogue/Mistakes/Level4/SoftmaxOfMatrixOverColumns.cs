// Mistake: the matrix softmax normalises each column (across the batch) instead of each row (across the classes of one sample)
// Replaces: Level4_Softmax/Softmax.cs
// Exercise: Activations.Softmax
// Message must contain: "row"
namespace LossKata;

public static partial class Activations
{
    /// <summary>The softmax of a vector of logits.</summary>
    public static Vector<double> Softmax(Vector<double> z)
    {
        Guard.NotEmptyNoNaN(z, nameof(z));
        var max = z.Maximum();
        var exponentials = z.Map(value => Math.Exp(value - max));
        return exponentials / exponentials.Sum();
    }

    /// <summary>The softmax of every row.</summary>
    public static Matrix<double> Softmax(Matrix<double> logits)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        return Matrix<double>.Build.DenseOfColumnVectors(logits.EnumerateColumns().Select(Softmax));
    }
}
