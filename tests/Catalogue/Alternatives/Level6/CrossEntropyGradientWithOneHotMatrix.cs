// Alternative: softmax minus a one-hot matrix built with Matrix.Build.Dense, the scale applied as a factor
// Replaces: Level6_Gradients/CrossEntropyWrtLogits.cs
// Exercise: Gradients.CrossEntropyWrtLogits
namespace LossKata;

public static partial class Gradients
{
    /// <summary>The gradient of cross-entropy from logits with respect to the logits.</summary>
    public static Matrix<double> CrossEntropyWrtLogits(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.Labels(targets, nameof(targets), logits.RowCount, logits.ColumnCount);
        var oneHot = Matrix<double>.Build.Dense(logits.RowCount, logits.ColumnCount, (row, column) => targets[row] == column ? 1 : 0);
        var scale = reduction == Reduction.Mean ? 1.0 / logits.RowCount : 1.0;
        return (Activations.Softmax(logits) - oneHot) * scale;
    }
}
