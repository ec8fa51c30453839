// Mistake: the division by the sum forgotten: e^(zᵢ − m) alone does not sum to 1
// Replaces: Level4_Softmax/Softmax.cs
// Exercise: Activations.Softmax
// Message must contain: "add up to 1"
namespace LossKata;

public static partial class Activations
{
    /// <summary>The softmax of a vector of logits.</summary>
    public static Vector<double> Softmax(Vector<double> z)
    {
        Guard.NotEmptyNoNaN(z, nameof(z));
        var max = z.Maximum();
        return z.Map(value => Math.Exp(value - max));
    }

    /// <summary>The softmax of every row.</summary>
    public static Matrix<double> Softmax(Matrix<double> logits)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        return Matrix<double>.Build.DenseOfRowVectors(logits.EnumerateRows().Select(Softmax));
    }
}
