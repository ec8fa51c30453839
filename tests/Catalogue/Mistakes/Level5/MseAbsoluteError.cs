// Mistake: absolute differences instead of squared ones (L1 loss instead of MSE)
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
        var total = (predictions - targets).PointwiseAbs().Enumerate().Sum();
        return reduction == Reduction.Mean ? total / (predictions.RowCount * predictions.ColumnCount) : total;
    }
}
