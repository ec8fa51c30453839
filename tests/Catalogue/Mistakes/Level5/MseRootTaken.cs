// Mistake: the square root taken (RMSE): mse_loss is the mean of the squares itself
// Replaces: Level5_NllAndCrossEntropy/MseLoss.cs
// Exercise: Losses.MseLoss
// Message must contain: "squared"
namespace LossKata;

public static partial class Losses
{
    /// <summary>Mean squared error as PyTorch's mse_loss.</summary>
    public static double MseLoss(Matrix<double> predictions, Matrix<double> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(predictions, nameof(predictions));
        Guard.NotEmptyNoNaN(targets, nameof(targets));
        Guard.SameShape(predictions, nameof(predictions), targets, nameof(targets));
        var total = (predictions - targets).PointwisePower(2).Enumerate().Sum();
        return Math.Sqrt(reduction == Reduction.Mean ? total / (predictions.RowCount * predictions.ColumnCount) : total);
    }
}
