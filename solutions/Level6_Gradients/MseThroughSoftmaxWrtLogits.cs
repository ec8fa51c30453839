namespace LossKata;

public static partial class Gradients
{
    /// <summary>
    /// The gradient of <c>Losses.MseLoss(Softmax(logits), onehot(targets), reduction)</c> with respect to the logits.
    /// With $s = \mathrm{softmax}(z_i)$ and $g = \partial L / \partial s = 2(s - t)/k$ ($k = N C$ for Mean, 1 for Sum),
    /// the chain rule through the softmax Jacobian $J = \mathrm{diag}(s) - s s^\top$ (symmetric) gives
    /// $\partial L / \partial z_{ij} = (J g)_j = s_j (g_j - \sum_k s_k g_k)$.
    /// </summary>
    /// <param name="logits">An N×C matrix of logits.</param>
    /// <param name="targets">N class labels in [0, C).</param>
    /// <param name="reduction">The reduction of the loss being differentiated: Mean (default) over all N·C elements, or Sum.</param>
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
            var weightedMean = s.DotProduct(lossWrtProbabilities);
            gradient.SetRow(row, s.PointwiseMultiply(lossWrtProbabilities - weightedMean));
        }

        return gradient;
    }
}
