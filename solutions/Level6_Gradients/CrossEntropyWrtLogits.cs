namespace LossKata;

public static partial class Gradients
{
    /// <summary>
    /// The gradient of <see cref="Losses.CrossEntropy"/> with respect to the logits:
    /// $\partial \ell_i / \partial z_{ij} = \mathrm{softmax}(z_i)_j - [j = y_i]$, divided by N for Mean.
    /// </summary>
    /// <param name="logits">An N×C matrix of logits.</param>
    /// <param name="targets">N class labels in [0, C).</param>
    /// <param name="reduction">The reduction of the loss being differentiated: Mean (default) or Sum.</param>
    public static Matrix<double> CrossEntropyWrtLogits(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.Labels(targets, nameof(targets), logits.RowCount, logits.ColumnCount);

        var gradient = Activations.Softmax(logits);
        for (var row = 0; row < gradient.RowCount; row++)
        {
            gradient[row, targets[row]] -= 1;
        }

        return reduction == Reduction.Mean ? gradient / logits.RowCount : gradient;
    }
}
