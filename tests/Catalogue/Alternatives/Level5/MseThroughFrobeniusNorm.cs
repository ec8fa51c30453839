// Alternative: the sum of squares as the squared Frobenius norm of the difference, ‖Ŷ − Y‖²_F
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
        var norm = (predictions - targets).FrobeniusNorm();
        var total = norm * norm;
        return reduction == Reduction.Mean ? total / (predictions.RowCount * predictions.ColumnCount) : total;
    }
}
