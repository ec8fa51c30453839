// Mistake: probabilities fed where logits go: softmax applied before cross-entropy, which applies its own log-softmax
// Replaces: Level5_NllAndCrossEntropy/CrossEntropy.cs
// Exercise: Losses.CrossEntropy
// Message must contain: "from logits, a perfect prediction"
namespace LossKata;

public static partial class Losses
{
    /// <summary>Cross-entropy from logits as PyTorch's cross_entropy.</summary>
    public static double CrossEntropy(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.Labels(targets, nameof(targets), logits.RowCount, logits.ColumnCount);
        return NllLoss(Activations.LogSoftmax(Activations.Softmax(logits)), targets, reduction);
    }
}
