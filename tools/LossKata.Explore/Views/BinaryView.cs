namespace LossKata.Explore.Views;

/// <summary>Logits z (the current one first, then the curve's points), a label y, and the reference's σ(z) at each,
/// which the probability-based losses read.</summary>
public sealed record BinaryInput(double[] Logits, double Label, double[] Probabilities);

/// <summary>Binary (levels 3, 4 and 6): σ(z), binary cross-entropy (on σ(z) and from the logit) and the squared error
/// (σ(z) − y)², with both derivatives with respect to z — each at every logit of the input.</summary>
public static class BinaryView
{
    public const string Name = "binary";

    public static IReadOnlyList<Row> Compute(BinaryInput input)
    {
        var label = Vector<double>.Build.Dense(1, input.Label);
        var labelMatrix = Matrix<double>.Build.Dense(1, 1, input.Label);
        Row At(string key, string exercise, Func<int, double> value) =>
            Row.Of(key, exercise, () => [.. Enumerable.Range(0, input.Logits.Length).Select(value)]);

        return
        [
            At("sigmoid", "Activations.Sigmoid", i => Activations.Sigmoid(input.Logits[i])),
            At("binaryCrossEntropy", "Losses.BinaryCrossEntropy",
                i => Losses.BinaryCrossEntropy(Vector<double>.Build.Dense(1, input.Probabilities[i]), label)),
            At("binaryCrossEntropyWithLogits", "Losses.BinaryCrossEntropyWithLogits",
                i => Losses.BinaryCrossEntropyWithLogits(Vector<double>.Build.Dense(1, input.Logits[i]), label)),
            At("squaredError", "Losses.MseLoss", i => Losses.MseLoss(Matrix<double>.Build.Dense(1, 1, input.Probabilities[i]), labelMatrix)),
            At("binaryCrossEntropyGradient", "Gradients.BinaryCrossEntropyWrtLogit",
                i => Gradients.BinaryCrossEntropyWrtLogit(input.Logits[i], input.Label)),
            At("squaredErrorGradient", "Gradients.SquaredErrorWrtLogitThroughSigmoid",
                i => Gradients.SquaredErrorWrtLogitThroughSigmoid(input.Logits[i], input.Label)),
        ];
    }
}
