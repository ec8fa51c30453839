// Mistake: an unstable softmax, e^zᵢ / Σ e^zⱼ without subtracting the maximum: e^1000 = ∞ and ∞/∞ = NaN
// Replaces: Level4_Softmax/Softmax.cs
// Exercise: Activations.Softmax
// Message must contain: "NaN"
namespace LossKata;

public static partial class Activations
{
    /// <summary>The softmax of a vector of logits.</summary>
    public static Vector<double> Softmax(Vector<double> z)
    {
        Guard.NotEmptyNoNaN(z, nameof(z));
        var exponentials = z.PointwiseExp();
        return exponentials / exponentials.Sum();
    }

    /// <summary>The softmax of every row.</summary>
    public static Matrix<double> Softmax(Matrix<double> logits)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        return Matrix<double>.Build.DenseOfRowVectors(logits.EnumerateRows().Select(Softmax));
    }
}
