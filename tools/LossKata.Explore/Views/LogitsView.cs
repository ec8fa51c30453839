namespace LossKata.Explore.Views;

/// <summary>One sample's logits and its target class, with what the reference computes from them: each function of
/// the view gets the same input as the reference's, so a mistake shows in the row of the function it is in (the
/// log-probabilities NLL reads, the probabilities MSE compares with the one-hot target).</summary>
public sealed record LogitsInput(double[] Logits, int Target, double[] Probabilities, double[] LogProbabilities);

/// <summary>Logits → losses (levels 4–6): softmax, log-softmax, cross-entropy, NLL, MSE against the one-hot target,
/// and the gradients of cross-entropy and of MSE with respect to each logit.</summary>
public static class LogitsView
{
    public const string Name = "logits";

    public static IReadOnlyList<Row> Compute(LogitsInput input)
    {
        var logits = Vector<double>.Build.DenseOfArray(input.Logits);
        var batch = Matrix<double>.Build.DenseOfRowArrays(input.Logits);
        int[] targets = [input.Target];
        var oneHot = Matrix<double>.Build.Dense(1, input.Logits.Length, (_, column) => column == input.Target ? 1 : 0);
        return
        [
            Row.Of("softmax", "Activations.Softmax", () => Activations.Softmax(logits).ToArray()),
            Row.Of("logSoftmax", "Activations.LogSoftmax", () => Activations.LogSoftmax(logits).ToArray()),
            Row.Of("crossEntropy", "Losses.CrossEntropy", () => [Losses.CrossEntropy(batch, targets)]),
            Row.Of("nll", "Losses.NllLoss",
                () => [Losses.NllLoss(Matrix<double>.Build.DenseOfRowArrays(input.LogProbabilities), targets)]),
            Row.Of("mse", "Losses.MseLoss",
                () => [Losses.MseLoss(Matrix<double>.Build.DenseOfRowArrays(input.Probabilities), oneHot)]),
            Row.Of("crossEntropyGradient", "Gradients.CrossEntropyWrtLogits",
                () => Gradients.CrossEntropyWrtLogits(batch, targets).Row(0).ToArray()),
            Row.Of("mseGradient", "Gradients.MseThroughSoftmaxWrtLogits",
                () => Gradients.MseThroughSoftmaxWrtLogits(batch, targets).Row(0).ToArray()),
        ];
    }
}
