// Mistake: mean over classes instead of over the batch: Mean divides by N, not by C
// Replaces: Level5_NllAndCrossEntropy/CrossEntropy.cs
// Exercise: Losses.CrossEntropy
// Message must contain: "batch"
namespace LossKata;

public static partial class Losses
{
    /// <summary>Cross-entropy from logits as PyTorch's cross_entropy.</summary>
    public static double CrossEntropy(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.Labels(targets, nameof(targets), logits.RowCount, logits.ColumnCount);
        var total = NllLoss(Activations.LogSoftmax(logits), targets, Reduction.Sum);
        return reduction == Reduction.Mean ? total / logits.ColumnCount : total;
    }
}
