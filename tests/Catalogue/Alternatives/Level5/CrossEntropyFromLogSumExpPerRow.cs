// Alternative: ℓᵢ = LSE(zᵢ) − zᵢ,yᵢ computed row by row in a loop, without building the log-softmax matrix or calling NllLoss
// Replaces: Level5_NllAndCrossEntropy/CrossEntropy.cs
// Exercise: Losses.CrossEntropy
namespace LossKata;

public static partial class Losses
{
    /// <summary>Cross-entropy from logits as PyTorch's cross_entropy.</summary>
    public static double CrossEntropy(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.Labels(targets, nameof(targets), logits.RowCount, logits.ColumnCount);
        var total = 0.0;
        for (var i = 0; i < logits.RowCount; i++)
        {
            total += Activations.LogSumExp(logits.Row(i)) - logits[i, targets[i]];
        }

        return reduction == Reduction.Mean ? total / logits.RowCount : total;
    }
}
