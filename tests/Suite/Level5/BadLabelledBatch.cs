using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level5;

/// <summary>Bad input of the losses that take a batch (one row per sample) and one class label per row, and of
/// <c>MseLoss</c>, each with the check that rejects it: the matrix first, then the labels.</summary>
public static class BadLabelledBatch
{
    private static readonly Dictionary<string, (Matrix<double>? Batch, int[]? Targets, Rejection Rejection)> NllCases = Build("logProbabilities");

    private static readonly Dictionary<string, (Matrix<double>? Batch, int[]? Targets, Rejection Rejection)> CrossEntropyCases = Build("logits");

    private static readonly Matrix<double> OneRow = M([[1.0, 2.0]]);

    private static readonly Dictionary<string, (Matrix<double>? Predictions, Matrix<double>? Targets, Rejection Rejection)> MseCases = new()
    {
        ["predictions are null"] = (null, OneRow, GuardChecks.NotEmptyNoNaN("predictions", (Matrix<double>?)null)),
        ["targets are null"] = (OneRow, null, GuardChecks.NotEmptyNoNaN("targets", (Matrix<double>?)null)),
        ["no rows"] = (Matrix<double>.Build.Dense(0, 2), OneRow, GuardChecks.NotEmptyNoNaN(
            "predictions", Matrix<double>.Build.Dense(0, 2), "predictions is empty (0×2); it needs at least one row and one column.")),
        ["a NaN target"] = (OneRow, M([[1.0, double.NaN]]), GuardChecks.NotEmptyNoNaN("targets", M([[1.0, double.NaN]]), "targets[0, 1] is NaN.")),
        ["shapes differ"] = (OneRow, M([[1.0, 2.0], [3.0, 4.0]]), GuardChecks.SameShape(
            "predictions", OneRow, "targets", M([[1.0, 2.0], [3.0, 4.0]]), "predictions is 1×2 but targets is 2×2; they must have the same shape.")),
    };

    public static TheoryData<string> Problems => [.. NllCases.Keys.Select(Generic)];

    public static TheoryData<string> MseProblems => [.. MseCases.Keys];

    [RejectionsOf("Losses.NllLoss")]
    public static IEnumerable<Rejection> NllRejections => NllCases.Values.Select(c => c.Rejection);

    [RejectionsOf("Losses.CrossEntropy")]
    public static IEnumerable<Rejection> CrossEntropyRejections => CrossEntropyCases.Values.Select(c => c.Rejection);

    [RejectionsOf("Losses.MseLoss")]
    public static IEnumerable<Rejection> MseRejections => MseCases.Values.Select(c => c.Rejection);

    public static void NllShouldReject(string problem) =>
        ShouldBeRejected("Losses.NllLoss", "logProbabilities", Losses.NllLoss, NllCases[Specific(problem, "logProbabilities")], problem);

    public static void CrossEntropyShouldReject(string problem) =>
        ShouldBeRejected("Losses.CrossEntropy", "logits", Losses.CrossEntropy, CrossEntropyCases[Specific(problem, "logits")], problem);

    public static void MseShouldReject(string problem)
    {
        var (predictions, targets, rejection) = MseCases[problem];
        rejection.ShouldBeThrownBy(
            $"Losses.MseLoss(predictions = {ShowOrNull(predictions)}, targets = {ShowOrNull(targets)}) ({problem})",
            () => Losses.MseLoss(predictions!, targets!));
    }

    private static void ShouldBeRejected(
        string function, string matrixName, Func<Matrix<double>, IReadOnlyList<int>, Reduction, double> loss,
        (Matrix<double>? Batch, int[]? Targets, Rejection Rejection) bad, string problem) =>
        bad.Rejection.ShouldBeThrownBy(
            $"{function}({matrixName} = {ShowOrNull(bad.Batch)}, targets = {(bad.Targets is null ? "null" : $"[{string.Join(", ", bad.Targets)}]")}) ({problem})",
            () => loss(bad.Batch!, bad.Targets!, Reduction.Mean));

    private static string ShowOrNull(Matrix<double>? matrix) => matrix is null ? "null" : Show(matrix);

    /// <summary>The problems read the same for both losses: "the batch is null" stands for logits or logProbabilities.</summary>
    private static string Generic(string problem) => problem.Replace("logProbabilities", "the batch", StringComparison.Ordinal);

    private static string Specific(string problem, string matrixName) => problem.Replace("the batch", matrixName, StringComparison.Ordinal);

    private static Dictionary<string, (Matrix<double>?, int[]?, Rejection)> Build(string matrix)
    {
        (Matrix<double>?, int[]?, Rejection) Batch(Matrix<double>? batch, int[]? targets, string message) =>
            (batch, targets, GuardChecks.NotEmptyNoNaN(matrix, batch, message));
        (Matrix<double>?, int[]?, Rejection) Labels(Matrix<double> batch, int[]? targets, string message) =>
            (batch, targets, GuardChecks.Labels("targets", targets, matrix, batch, message));

        return new()
        {
            [$"{matrix} is null"] = Batch(null, [0], "*"),
            ["targets are null"] = Labels(M([[-0.5, -1.0]]), null, "*"),
            ["no classes"] = Batch(Matrix<double>.Build.Dense(1, 0), [0], $"{matrix} is empty (1×0); it needs at least one row and one column."),
            ["NaN"] = Batch(M([[-0.5, -1.0], [double.NaN, -2.0]]), [0, 1], $"{matrix}[1, 0] is NaN."),
            ["fewer labels than rows"] = Labels(M([[-0.5, -1.0], [-0.1, -2.0]]), [0], "targets has 1 labels but the batch has 2 rows; there must be one label per row."),
            ["more labels than rows"] = Labels(M([[-0.5, -1.0]]), [0, 1], "targets has 2 labels but the batch has 1 rows*"),
            ["label equal to the number of classes"] = Labels(M([[-0.5, -1.0, -2.0], [-0.1, -2.0, -3.0]]), [0, 3], "targets[1] = 3 is not a class label; labels lie in [0, 3)."),
            ["negative label"] = Labels(M([[-0.5, -1.0]]), [-1], "targets[0] = -1 is not a class label; labels lie in [0, 2)."),
        };
    }
}
