// Alternative: LINQ (Select with the row index, Sum, Average) instead of a loop
// Replaces: Level5_NllAndCrossEntropy/NllLoss.cs
// Exercise: Losses.NllLoss
namespace LossKata;

public static partial class Losses
{
    /// <summary>Negative log-likelihood as PyTorch's nll_loss.</summary>
    public static double NllLoss(Matrix<double> logProbabilities, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logProbabilities, nameof(logProbabilities));
        Guard.Labels(targets, nameof(targets), logProbabilities.RowCount, logProbabilities.ColumnCount);
        var perSample = targets.Select((label, row) => -logProbabilities[row, label]);
        return reduction == Reduction.Mean ? perSample.Average() : perSample.Sum();
    }
}
