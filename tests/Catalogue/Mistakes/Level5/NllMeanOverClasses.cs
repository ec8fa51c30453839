// Mistake: mean over classes instead of over the batch: Mean divides by N, not by C
// Replaces: Level5_NllAndCrossEntropy/NllLoss.cs
// Exercise: Losses.NllLoss
// Message must contain: "batch"
namespace LossKata;

public static partial class Losses
{
    /// <summary>Negative log-likelihood as PyTorch's nll_loss.</summary>
    public static double NllLoss(Matrix<double> logProbabilities, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logProbabilities, nameof(logProbabilities));
        Guard.Labels(targets, nameof(targets), logProbabilities.RowCount, logProbabilities.ColumnCount);

        var total = 0.0;
        for (var i = 0; i < targets.Count; i++)
        {
            total -= logProbabilities[i, targets[i]];
        }

        return reduction == Reduction.Mean ? total / logProbabilities.ColumnCount : total;
    }
}
