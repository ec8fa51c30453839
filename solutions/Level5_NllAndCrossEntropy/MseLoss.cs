namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Mean squared error, as <c>torch.nn.functional.mse_loss</c>: $\sum_{i,j} (\hat y_{ij} - y_{ij})^2$,
    /// divided by the number of elements N·C for Mean.
    /// </summary>
    /// <param name="predictions">An N×C matrix of predictions.</param>
    /// <param name="targets">An N×C matrix of targets.</param>
    /// <param name="reduction">Mean (default) over every element, or Sum.</param>
    public static double MseLoss(Matrix<double> predictions, Matrix<double> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(predictions, nameof(predictions));
        Guard.NotEmptyNoNaN(targets, nameof(targets));
        Guard.SameShape(predictions, nameof(predictions), targets, nameof(targets));

        var total = (predictions - targets).PointwisePower(2).Enumerate().Sum();
        return reduction == Reduction.Mean ? total / (predictions.RowCount * predictions.ColumnCount) : total;
    }
}
