using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level6;

/// <summary>The realistic mistakes of level 6's gradients, each with the gradient it returns for the input given:
/// the message of a wrong gradient names the one that gives it.</summary>
internal static class GradientSuspects
{
    private const string WrongSign = "the gradient's sign is wrong: it points downhill, the direction of descent, where the gradient points uphill";

    public static Suspect[] OfBinaryCrossEntropy(double z, double y)
    {
        var s = Oracle.Sigmoid(z);
        return
        [
            Suspect.Gives(y - s, $"{WrongSign}: dℓ/dz = σ(z) − y, not y − σ(z)"),
            Suspect.Gives((s - y) * s * (1 - s), "the sigmoid's slope σ(1 − σ) is multiplied in again, but the logs of the loss cancel it: dℓ/dz = σ(z) − y"),
        ];
    }

    public static Suspect[] OfSquaredErrorThroughSigmoid(double z, double y)
    {
        var s = Oracle.Sigmoid(z);
        return
        [
            Suspect.Gives(2 * (s - y), "the chain rule through the sigmoid is missing: 2(σ − y) is the derivative with respect to σ; multiply it by the slope σ(1 − σ)"),
            Suspect.Gives((s - y) * s * (1 - s), "the factor 2 of d(u²)/du = 2u is missing: the gradient is 2(σ − y)·σ(1 − σ)"),
            Suspect.Gives(-2 * (s - y) * s * (1 - s), $"{WrongSign}: the gradient is 2(σ − y)·σ(1 − σ)"),
        ];
    }

    public static Suspect[] OfCrossEntropy(Matrix<double> logits, IReadOnlyList<int> labels, Reduction reduction = Reduction.Mean)
    {
        var (rows, classes) = (logits.RowCount, logits.ColumnCount);
        var error = Oracle.Softmax(logits) - OneHot(labels, classes);
        var right = reduction == Reduction.Mean ? error / rows : error;
        return
        [
            Suspect.Gives(-right, $"{WrongSign}: ∂ℓ/∂z = softmax(z) − onehot(y), not onehot(y) − softmax(z)"),
            .. reduction == Reduction.Mean
                ? new[]
                {
                    Suspect.Gives(error, $"the division by the batch size N = {rows} is forgotten: the Mean loss averages over the batch, so its gradient is (softmax(z) − onehot(y))/N"),
                    Suspect.Gives(error / (rows * classes), $"the gradient is divided by every element N·C = {rows * classes}, as MSE's would be; cross-entropy's Mean divides by the batch size N = {rows}"),
                }
                : [Suspect.Gives(error / rows, "the gradient is divided by the batch size, but Sum is asked: Sum's gradient is softmax(z) − onehot(y) itself")],
        ];
    }

    public static Suspect[] OfMseThroughSoftmax(Matrix<double> logits, IReadOnlyList<int> labels, Reduction reduction = Reduction.Mean)
    {
        var (rows, classes) = (logits.RowCount, logits.ColumnCount);
        var s = Oracle.Softmax(logits);
        var error = 2 * (s - OneHot(labels, classes));
        var divisor = reduction == Reduction.Mean ? rows * classes : 1;
        Matrix<double> ThroughJacobian(Matrix<double> g) =>
            Matrix<double>.Build.Dense(rows, classes, (i, j) => s[i, j] * (g[i, j] - s.Row(i) * g.Row(i)));
        var right = ThroughJacobian(error) / divisor;
        return
        [
            Suspect.Gives(s.PointwiseMultiply(1 - s).PointwiseMultiply(error) / divisor,
                "only the diagonal sⱼ(1 − sⱼ) of the softmax Jacobian is used, as if each probability depended on its own logit alone: (J g)ⱼ = sⱼ(gⱼ − Σₖ sₖgₖ)"),
            Suspect.Gives(error / divisor, "the chain rule stops at the probabilities: 2(s − t)/k is the gradient with respect to softmax(z); multiply it by the softmax Jacobian"),
            Suspect.Gives(right / 2, "the factor 2 of d(u²)/du = 2u is missing: g = 2(s − t)/k before the softmax Jacobian"),
            Suspect.Gives(-right, $"{WrongSign}: g = 2(s − t)/k, softmax minus one-hot"),
            .. reduction == Reduction.Mean
                ? new[] { Suspect.Gives(right * classes, $"Mean divides by the batch size N = {rows} only, but mse_loss averages over all N·C elements = {rows * classes}") }
                : [],
        ];
    }
}
