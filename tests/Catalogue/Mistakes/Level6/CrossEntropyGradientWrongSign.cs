// Mistake: the wrong sign of the gradient: onehot − softmax points downhill
// Replaces: Level6_Gradients/CrossEntropyWrtLogits.cs
// Exercise: Gradients.CrossEntropyWrtLogits
// Message must contain: "softmax(z) − onehot(y)"
namespace LossKata;

public static partial class Gradients
{
    /// <summary>The gradient of cross-entropy from logits with respect to the logits.</summary>
    public static Matrix<double> CrossEntropyWrtLogits(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.Labels(targets, nameof(targets), logits.RowCount, logits.ColumnCount);
        var gradient = -Activations.Softmax(logits);
        for (var row = 0; row < gradient.RowCount; row++)
        {
            gradient[row, targets[row]] += 1;
        }

        return reduction == Reduction.Mean ? gradient / logits.RowCount : gradient;
    }
}
