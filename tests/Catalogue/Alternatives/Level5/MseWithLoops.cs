// Alternative: two nested loops over rows and columns instead of matrix operations
// Replaces: Level5_NllAndCrossEntropy/MseLoss.cs
// Exercise: Losses.MseLoss
namespace LossKata;

public static partial class Losses
{
    /// <summary>Mean squared error as PyTorch's mse_loss.</summary>
    public static double MseLoss(Matrix<double> predictions, Matrix<double> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(predictions, nameof(predictions));
        Guard.NotEmptyNoNaN(targets, nameof(targets));
        Guard.SameShape(predictions, nameof(predictions), targets, nameof(targets));
        var total = 0.0;
        for (var row = 0; row < predictions.RowCount; row++)
        {
            for (var column = 0; column < predictions.ColumnCount; column++)
            {
                var difference = predictions[row, column] - targets[row, column];
                total += difference * difference;
            }
        }

        return reduction == Reduction.Sum ? total : total / predictions.RowCount / predictions.ColumnCount;
    }
}
