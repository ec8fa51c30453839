// Mistake: Mean divided by the batch size N instead of by every element N·C, as mse_loss averages
// Replaces: Level6_Gradients/MseThroughSoftmaxWrtLogits.cs
// Exercise: Gradients.MseThroughSoftmaxWrtLogits
// Message must contain: "N·C elements"
namespace LossKata;

public static partial class Gradients
{
    /// <summary>The gradient of MSE on softmax probabilities and one-hot targets with respect to the logits.</summary>
    public static Matrix<double> MseThroughSoftmaxWrtLogits(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.Labels(targets, nameof(targets), logits.RowCount, logits.ColumnCount);

        var probabilities = Activations.Softmax(logits);
        var elements = reduction == Reduction.Mean ? logits.RowCount : 1;
        var gradient = Matrix<double>.Build.Dense(logits.RowCount, logits.ColumnCount);
        for (var row = 0; row < logits.RowCount; row++)
        {
            var s = probabilities.Row(row);
            var lossWrtProbabilities = s.Clone();
            lossWrtProbabilities[targets[row]] -= 1;
            lossWrtProbabilities *= 2.0 / elements;
            var weightedMean = s.DotProduct(lossWrtProbabilities);
            gradient.SetRow(row, s.PointwiseMultiply(lossWrtProbabilities - weightedMean));
        }

        return gradient;
    }
}
