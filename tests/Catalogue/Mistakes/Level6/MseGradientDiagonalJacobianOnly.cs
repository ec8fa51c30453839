// Mistake: only the diagonal sⱼ(1 − sⱼ) of the softmax Jacobian used, as if each probability depended on its own logit alone
// Replaces: Level6_Gradients/MseThroughSoftmaxWrtLogits.cs
// Exercise: Gradients.MseThroughSoftmaxWrtLogits
// Message must contain: "Jacobian"
namespace LossKata;

public static partial class Gradients
{
    /// <summary>The gradient of MSE on softmax probabilities and one-hot targets with respect to the logits.</summary>
    public static Matrix<double> MseThroughSoftmaxWrtLogits(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.Labels(targets, nameof(targets), logits.RowCount, logits.ColumnCount);

        var probabilities = Activations.Softmax(logits);
        var elements = reduction == Reduction.Mean ? logits.RowCount * logits.ColumnCount : 1;
        var gradient = Matrix<double>.Build.Dense(logits.RowCount, logits.ColumnCount);
        for (var row = 0; row < logits.RowCount; row++)
        {
            var s = probabilities.Row(row);
            var lossWrtProbabilities = s.Clone();
            lossWrtProbabilities[targets[row]] -= 1;
            lossWrtProbabilities *= 2.0 / elements;
            gradient.SetRow(row, s.PointwiseMultiply(1 - s).PointwiseMultiply(lossWrtProbabilities));
        }

        return gradient;
    }
}
