// Mistake: Mean divided by every element N·C, as MSE does, instead of by the batch size N
// Replaces: Level6_Gradients/CrossEntropyWrtLogits.cs
// Exercise: Gradients.CrossEntropyWrtLogits
// Message must contain: "batch size"
namespace LossKata;

public static partial class Gradients
{
    /// <summary>The gradient of cross-entropy from logits with respect to the logits.</summary>
    public static Matrix<double> CrossEntropyWrtLogits(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.Labels(targets, nameof(targets), logits.RowCount, logits.ColumnCount);
        var gradient = Activations.Softmax(logits);
        for (var row = 0; row < gradient.RowCount; row++)
        {
            gradient[row, targets[row]] -= 1;
        }

        return reduction == Reduction.Mean ? gradient / (logits.RowCount * logits.ColumnCount) : gradient;
    }
}
