// Mistake: Mean divides by the batch size N only: mse_loss averages over every element, N·C
// Replaces: Level5_NllAndCrossEntropy/MseLoss.cs
// Exercise: Losses.MseLoss
// Message must contain: "element"
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
        return reduction == Reduction.Mean ? total / predictions.RowCount : total;
    }
}
