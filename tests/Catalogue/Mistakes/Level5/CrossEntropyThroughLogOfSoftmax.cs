// Mistake: log(softmax) instead of the stable log-softmax: a softmax entry that underflows to 0 makes the loss ∞
// Replaces: Level5_NllAndCrossEntropy/CrossEntropy.cs
// Exercise: Losses.CrossEntropy
// Message must contain: "log(softmax)"
namespace LossKata;

public static partial class Losses
{
    /// <summary>Cross-entropy from logits as PyTorch's cross_entropy.</summary>
    public static double CrossEntropy(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.Labels(targets, nameof(targets), logits.RowCount, logits.ColumnCount);
        return NllLoss(Activations.Softmax(logits).PointwiseLog(), targets, reduction);
    }
}
