using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level6;

/// <summary>The bad inputs both batch gradients must refuse, each with the argument it names and words of the message.</summary>
internal static class BadBatchInput
{
    private static readonly Dictionary<string, (Matrix<double>? Logits, int[]? Targets, string Parameter, string Message)> Inputs = new()
    {
        ["null logits"] = (null, [0], "logits", "*"),
        ["null targets"] = (M([[0, 1]]), null, "targets", "*"),
        ["a NaN logit"] = (M([[0, 1], [2, double.NaN]]), [0, 1], "logits", "logits[1, 1]*NaN*"),
        ["a label past the last class"] = (M([[0, 1], [2, 3]]), [0, 2], "targets", "targets[1] = 2*[0, 2)*"),
        ["a negative label"] = (M([[0, 1]]), [-1], "targets", "targets[0] = -1*"),
        ["fewer labels than rows"] = (M([[0, 1], [2, 3]]), [0], "targets", "*1 labels*2 rows*"),
    };

    public static TheoryData<string> Problems => [.. Inputs.Keys];

    public static void ShouldBeRejected(string problem, Func<Matrix<double>, IReadOnlyList<int>, Reduction, Matrix<double>> gradient)
    {
        var (logits, targets, parameter, message) = Inputs[problem];
        FluentActions.Invoking(() => gradient(logits!, targets!, Reduction.Mean))
            .Should().Throw<ArgumentException>($"{problem} is not a valid batch").WithParameterName(parameter).WithMessage(message);
    }
}
