// Mistake: Sum where Mean is asked: the default reduction must divide by the number of elements
// Replaces: Level5_NllAndCrossEntropy/MseLoss.cs
// Exercise: Losses.MseLoss
// Message must contain: "Sum"
namespace LossKata;

public static partial class Losses
{
    /// <summary>Mean squared error as PyTorch's mse_loss.</summary>
    public static double MseLoss(Matrix<double> predictions, Matrix<double> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(predictions, nameof(predictions));
        Guard.NotEmptyNoNaN(targets, nameof(targets));
        Guard.SameShape(predictions, nameof(predictions), targets, nameof(targets));
        return (predictions - targets).PointwisePower(2).Enumerate().Sum();
    }
}
