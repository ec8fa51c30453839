using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level4;

/// <summary>Bad input of the softmax family, each with the check that rejects it: the vector overloads (z), the
/// matrix overloads (logits, one row per sample) and the sigmoid of one logit. −∞ and +∞ are legal logits.</summary>
public static class BadLogits
{
    private static readonly Dictionary<string, (Vector<double>? Z, Rejection Rejection)> VectorCases = new()
    {
        ["z is null"] = (null, GuardChecks.NotEmptyNoNaN("z", (Vector<double>?)null)),
        ["z is empty"] = (V(), GuardChecks.NotEmptyNoNaN("z", V(), "z is empty; it needs at least one element.")),
        ["a NaN logit"] = (V(1, 2, double.NaN), GuardChecks.NotEmptyNoNaN("z", V(1, 2, double.NaN), "z[2] is NaN.")),
    };

    private static readonly Dictionary<string, (Matrix<double>? Logits, Rejection Rejection)> MatrixCases = new()
    {
        ["logits are null"] = (null, GuardChecks.NotEmptyNoNaN("logits", (Matrix<double>?)null)),
        ["no rows"] = (Matrix<double>.Build.Dense(0, 3), GuardChecks.NotEmptyNoNaN("logits", Matrix<double>.Build.Dense(0, 3), "logits is empty (0×3); it needs at least one row and one column.")),
        ["a NaN logit"] = (M([[1, 2, 3], [4, 5, double.NaN]]), GuardChecks.NotEmptyNoNaN("logits", M([[1, 2, 3], [4, 5, double.NaN]]), "logits[1, 2] is NaN.")),
    };

    private static readonly Rejection NaNSigmoid = GuardChecks.NotNaN("z", double.NaN, "z is NaN.");

    [RejectionsOf("Activations.LogSumExp", "Activations.Softmax", "Activations.LogSoftmax")]
    public static IEnumerable<Rejection> VectorRejections => VectorCases.Values.Select(c => c.Rejection);

    [RejectionsOf("Activations.Softmax", "Activations.LogSoftmax")]
    public static IEnumerable<Rejection> MatrixRejections => MatrixCases.Values.Select(c => c.Rejection);

    [RejectionsOf("Activations.Sigmoid")]
    public static IEnumerable<Rejection> SigmoidRejections => [NaNSigmoid];

    public static void VectorShouldBeRejected<T>(string function, Func<Vector<double>, T> overload)
    {
        foreach (var (problem, (z, rejection)) in VectorCases)
        {
            rejection.ShouldBeThrownBy($"{function}(z = {(z is null ? "null" : Show(z))}) ({problem})", () => overload(z!));
        }
    }

    public static void MatrixShouldBeRejected(string function, Func<Matrix<double>, Matrix<double>> overload)
    {
        foreach (var (problem, (logits, rejection)) in MatrixCases)
        {
            rejection.ShouldBeThrownBy($"{function}(logits = {(logits is null ? "null" : Show(logits))}) ({problem})", () => overload(logits!));
        }
    }

    public static void SigmoidShouldRejectNaN() =>
        NaNSigmoid.ShouldBeThrownBy("Activations.Sigmoid(z = NaN)", () => Activations.Sigmoid(double.NaN));
}
