namespace LossKata.Tests.Level5;

/// <summary>The realistic mistakes of level 5's batch losses, each with the value it returns for the batch and the
/// reduction asked: the message of a wrong value names the one that gives it.</summary>
internal static class BatchLossSuspects
{
    public static Suspect[] OfNllLoss(Matrix<double> logProbabilities, IReadOnlyList<int> labels, Reduction reduction = Reduction.Mean)
    {
        var (rows, classes) = (logProbabilities.RowCount, logProbabilities.ColumnCount);
        double? Picking(Func<int, int> column) =>
            Enumerable.Range(0, rows).All(i => column(i) >= 0 && column(i) < classes)
                ? Reduce(-Enumerable.Range(0, rows).Sum(i => logProbabilities[i, column(i)]), rows, reduction)
                : null;
        var total = -Enumerable.Range(0, rows).Sum(i => logProbabilities[i, labels[i]]);
        return
        [
            Suspect.Gives(-Reduce(total, rows, reduction), "the minus sign of ℓᵢ = −log qᵢ,yᵢ is missing: the loss is the negative log-likelihood"),
            .. Reductions(total, rows, classes, reduction),
            .. Optional(Picking(i => logProbabilities.Row(i).MaximumIndex()), "the log-probability of the predicted class (the row's maximum) is read instead of the one at the label yᵢ"),
            .. Optional(Picking(i => labels[i] - 1), "the class index is off by one: column yᵢ − 1 is read, but labels count from 0, so the label's column is yᵢ itself"),
            .. Optional(Picking(i => labels[i] + 1), "the class index is off by one: column yᵢ + 1 is read, but labels count from 0, so the label's column is yᵢ itself"),
        ];
    }

    public static Suspect[] OfCrossEntropy(Matrix<double> logits, IReadOnlyList<int> labels, Reduction reduction = Reduction.Mean)
    {
        var (rows, classes) = (logits.RowCount, logits.ColumnCount);
        double Total(Matrix<double> logProbabilities) => -Enumerable.Range(0, rows).Sum(i => logProbabilities[i, labels[i]]);
        var total = Total(Oracle.LogSoftmax(logits));
        return
        [
            Suspect.Gives(-Reduce(total, rows, reduction), "the minus sign is missing: ℓ = −log softmax(z)_y = LSE(z) − z_y is never negative"),
            .. Reductions(total, rows, classes, reduction),
            Suspect.Gives(Reduce(Total(Oracle.LogSoftmax(Oracle.Softmax(logits))), rows, reduction),
                "probabilities are fed where logits go: softmax is applied before cross-entropy, which applies its own log-softmax, so softmax is applied twice"),
            Suspect.Gives(Reduce(Total(Oracle.Softmax(logits).Map(Math.Log)), rows, reduction),
                "log(softmax) is taken instead of the stable log-softmax z − LSE(z): a softmax entry that underflows to 0 makes the loss ∞"),
            Suspect.Gives(Reduce(Total(logits), rows, reduction), "the logits are fed to NLL as if they were log-probabilities: the log softmax step is missing"),
        ];
    }

    public static Suspect[] OfMseLoss(Matrix<double> predictions, Matrix<double> targets, Reduction reduction = Reduction.Mean)
    {
        var (rows, classes) = (predictions.RowCount, predictions.ColumnCount);
        var differences = predictions.RowCount == targets.RowCount && predictions.ColumnCount == targets.ColumnCount
            ? (predictions - targets).ToColumnMajorArray()
            : [];
        var squares = differences.Sum(d => d * d);
        var elements = reduction == Reduction.Mean ? rows * classes : 1;
        return
        [
            .. reduction == Reduction.Mean
                ? new[]
                {
                    Suspect.Gives(squares / rows, $"Mean divides by the batch size N = {rows} only, but mse_loss averages over every element, N·C = {rows * classes}"),
                    Suspect.Gives(squares / classes, $"Mean divides by the number of classes C = {classes} only, but mse_loss averages over every element, N·C = {rows * classes}"),
                    Suspect.Gives(squares, $"Sum was used where Mean, the default, is asked: the Mean divides by every element, N·C = {rows * classes}"),
                }
                : [Suspect.Gives(squares / (rows * classes), "Mean was used where Sum is asked: Sum adds every squared difference")],
            Suspect.Gives(squares / 2 / elements, "the squared error is halved, ½·(q − y)² (a convention some gradients use): mse_loss is the plain mean of the squared differences"),
            Suspect.Gives(differences.Sum(Math.Abs) / elements, "absolute differences are used instead of squared ones: that is the L1 loss, MSE squares each difference"),
            Suspect.Gives(Math.Sqrt(squares / elements), "the square root is taken (RMSE): mse_loss is the mean of the squared differences itself"),
        ];
    }

    private static double Reduce(double total, int rows, Reduction reduction) => reduction == Reduction.Mean ? total / rows : total;

    private static Suspect[] Optional(double? value, string mistake) => value is { } mistaken ? [Suspect.Gives(mistaken, mistake)] : [];

    /// <summary>The reductions other than the one asked: over the batch N is right for a Mean; over the classes C, over
    /// every element N·C or no division at all are not.</summary>
    private static Suspect[] Reductions(double total, int rows, int classes, Reduction reduction) =>
        reduction == Reduction.Mean
            ?
            [
                Suspect.Gives(total, $"Sum was used where Mean, the default, is asked: the Mean divides by the batch size N = {rows}"),
                Suspect.Gives(total / classes, $"a mean over classes: Mean divides by the batch size N = {rows}, not by the number of classes C = {classes}"),
                Suspect.Gives(total / (rows * classes), $"a mean over every element N·C = {rows * classes}: only one entry per row is read, so Mean divides by the batch size N = {rows}"),
            ]
            : [Suspect.Gives(total / rows, $"Mean was used where Sum is asked: Sum adds the {rows} per-sample losses")];
}
