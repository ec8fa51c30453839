using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level6;

/// <summary>The bad inputs the level 6 exercises must refuse, each with the check that refuses it: the two batch
/// gradients, the two one-logit gradients and GradientCheck.</summary>
internal static class BadBatchInput
{
    private static readonly Dictionary<string, (Matrix<double>? Logits, int[]? Targets, Rejection Rejection)> BatchCases = new()
    {
        ["null logits"] = Logits(null, [0], "*"),
        ["null targets"] = Labels(M([[0, 1]]), null, "*"),
        ["a NaN logit"] = Logits(M([[0, 1], [2, double.NaN]]), [0, 1], "logits[1, 1] is NaN."),
        ["a label past the last class"] = Labels(M([[0, 1], [2, 3]]), [0, 2], "targets[1] = 2 is not a class label; labels lie in [0, 2)."),
        ["a negative label"] = Labels(M([[0, 1]]), [-1], "targets[0] = -1 is not a class label*"),
        ["fewer labels than rows"] = Labels(M([[0, 1], [2, 3]]), [0], "targets has 1 labels but the batch has 2 rows; there must be one label per row."),
    };

    private static readonly Dictionary<string, (double Logit, double Target, Rejection Rejection)> OneLogitCases = new()
    {
        ["a NaN logit"] = (double.NaN, 1, GuardChecks.NotNaN("logit", double.NaN, "logit is NaN.")),
        ["a target above 1"] = Target(1.5, "target = 1.5 is not a probability; it must lie in [0, 1]."),
        ["a negative target"] = Target(-0.1, "target = -0.1 is not a probability; it must lie in [0, 1]."),
        ["a NaN target"] = Target(double.NaN, "target is NaN."),
    };

    private static readonly Dictionary<string, (Func<object?> Call, string Shown, Rejection Rejection)> GradientCheckCases = new Dictionary<string, (Func<object?>, string, Rejection)>
    {
        ["a null function of a vector"] = (() => GradientCheck.Numerical((Func<Vector<double>, double>)null!, V(1)), "Numerical(f = null, x = [1])", GuardChecks.NotNull("f")),
        ["a null function of a matrix"] = (() => GradientCheck.Numerical((Func<Matrix<double>, double>)null!, M([[1]])), "Numerical(f = null, x = [[1]])", GuardChecks.NotNull("f")),
        ["a NaN in the vector"] = (() => GradientCheck.Numerical(x => x.Sum(), V(1, double.NaN)), "Numerical(f, x = [1, NaN])",
            GuardChecks.NotEmptyNoNaN("x", V(1, double.NaN), "x[1] is NaN.")),
        ["a NaN in the matrix"] = (() => GradientCheck.Numerical(x => x.Enumerate().Sum(), M([[1, 2], [double.NaN, 4]])), "Numerical(f, x = [[1, 2], [NaN, 4]])",
            GuardChecks.NotEmptyNoNaN("x", M([[1, 2], [double.NaN, 4]]), "x[1, 0] is NaN.")),
        ["an empty vector"] = (() => GradientCheck.Numerical(x => 0, V()), "Numerical(f, x = [])",
            GuardChecks.NotEmptyNoNaN("x", V(), "x is empty; it needs at least one element.")),
        ["gradients of different shapes"] = (() => GradientCheck.MaxRelativeError(M([[1, 2]]), M([[1], [2]])), "MaxRelativeError(analytic = [[1, 2]], numerical = [[1], [2]])",
            GuardChecks.SameShape("analytic", M([[1, 2]]), "numerical", M([[1], [2]]), "analytic is 1×2 but numerical is 2×1; they must have the same shape.")),
        ["a NaN analytic gradient"] = (() => GradientCheck.MaxRelativeError(M([[double.NaN]]), M([[1]])), "MaxRelativeError(analytic = [[NaN]], numerical = [[1]])",
            GuardChecks.NotEmptyNoNaN("analytic", M([[double.NaN]]), "analytic[0, 0] is NaN.")),
        ["a NaN numerical gradient"] = (() => GradientCheck.MaxRelativeError(M([[1]]), M([[double.NaN]])), "MaxRelativeError(analytic = [[1]], numerical = [[NaN]])",
            GuardChecks.NotEmptyNoNaN("numerical", M([[double.NaN]]), "numerical[0, 0] is NaN.")),
    }.Concat(BadSteps()).ToDictionary();

    public static TheoryData<string> Problems => [.. BatchCases.Keys];

    public static TheoryData<string> OneLogitProblems => [.. OneLogitCases.Keys];

    public static TheoryData<string> GradientCheckProblems => [.. GradientCheckCases.Keys];

    [RejectionsOf("Gradients.CrossEntropyWrtLogits", "Gradients.MseThroughSoftmaxWrtLogits")]
    public static IEnumerable<Rejection> BatchRejections => BatchCases.Values.Select(c => c.Rejection);

    [RejectionsOf("Gradients.BinaryCrossEntropyWrtLogit", "Gradients.SquaredErrorWrtLogitThroughSigmoid")]
    public static IEnumerable<Rejection> OneLogitRejections => OneLogitCases.Values.Select(c => c.Rejection);

    [RejectionsOf("GradientCheck")]
    public static IEnumerable<Rejection> GradientCheckRejections => GradientCheckCases.Values.Select(c => c.Rejection);

    public static void ShouldBeRejected(string problem, string function, Func<Matrix<double>, IReadOnlyList<int>, Reduction, Matrix<double>> gradient)
    {
        var (logits, targets, rejection) = BatchCases[problem];
        rejection.ShouldBeThrownBy(
            $"{function}(logits = {(logits is null ? "null" : Show(logits))}, targets = {(targets is null ? "null" : $"[{string.Join(", ", targets)}]")}) ({problem})",
            () => gradient(logits!, targets!, Reduction.Mean));
    }

    public static void OneLogitShouldBeRejected(string problem, string function, Func<double, double, double> gradient)
    {
        var (logit, target, rejection) = OneLogitCases[problem];
        rejection.ShouldBeThrownBy($"{function}(logit = {Show(logit)}, target = {Show(target)}) ({problem})", () => gradient(logit, target));
    }

    public static void GradientCheckShouldReject(string problem)
    {
        var (call, shown, rejection) = GradientCheckCases[problem];
        rejection.ShouldBeThrownBy($"GradientCheck.{shown} ({problem})", call);
    }

    /// <summary>Steps that are not positive and finite, for both forms of Numerical.</summary>
    private static IEnumerable<KeyValuePair<string, (Func<object?>, string, Rejection)>> BadSteps()
    {
        foreach (var step in new[] { 0.0, -1e-5, double.NaN, double.PositiveInfinity })
        {
            var rejection = GuardChecks.PositiveFinite("step", step, "step = * must be positive and finite.*");
            yield return new($"step {Show(step)} for a vector", (() => GradientCheck.Numerical(x => x.Sum(), V(1), step), $"Numerical(f, x = [1], step = {Show(step)})", rejection));
            yield return new($"step {Show(step)} for a matrix", (() => GradientCheck.Numerical(x => x.Enumerate().Sum(), M([[1]]), step), $"Numerical(f, x = [[1]], step = {Show(step)})", rejection));
        }
    }

    private static (Matrix<double>?, int[]?, Rejection) Logits(Matrix<double>? logits, int[] targets, string message) =>
        (logits, targets, GuardChecks.NotEmptyNoNaN("logits", logits, message));

    private static (Matrix<double>?, int[]?, Rejection) Labels(Matrix<double> logits, int[]? targets, string message) =>
        (logits, targets, GuardChecks.Labels("targets", targets, "logits", logits, message));

    private static (double, double, Rejection) Target(double target, string message) =>
        (0, target, GuardChecks.Probability("target", target, message));
}
