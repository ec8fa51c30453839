using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level5;

/// <summary>Bad input shared by the two losses that take a batch and one class label per row.</summary>
public static class BadLabelledBatch
{
    /// <summary>"batch" in a parameter name or message stands for the matrix argument's name.</summary>
    public static TheoryData<string, double[][]?, int[]?, string, string> Cases => new()
    {
        { "batch is null", null, [0], "batch", "*" },
        { "targets are null", [[-0.5, -1.0]], null, "targets", "*" },
        { "no classes", [[]], [0], "batch", "batch is empty*" },
        { "NaN", [[-0.5, -1.0], [double.NaN, -2.0]], [0, 1], "batch", "batch[1, 0] is NaN*" },
        { "fewer labels than rows", [[-0.5, -1.0], [-0.1, -2.0]], [0], "targets", "targets has 1 labels but the batch has 2 rows*one label per row*" },
        { "more labels than rows", [[-0.5, -1.0]], [0, 1], "targets", "targets has 2 labels but the batch has 1 rows*" },
        { "label equal to the number of classes", [[-0.5, -1.0, -2.0], [-0.1, -2.0, -3.0]], [0, 3], "targets", "targets[1] = 3 is not a class label; labels lie in [0, 3)*" },
        { "negative label", [[-0.5, -1.0]], [-1], "targets", "targets[0] = -1 is not a class label*" },
    };

    public static void ShouldBeRejected(
        Func<Matrix<double>, IReadOnlyList<int>, Reduction, double> loss,
        string batchName,
        string problem,
        double[][]? batch,
        int[]? targets,
        string parameter,
        string message)
    {
        var matrix = batch switch
        {
            null => null!,
            [[]] => Matrix<double>.Build.Dense(1, 0),
            _ => M(batch),
        };
        var call = FluentActions.Invoking(() => loss(matrix, targets!, Reduction.Mean));
        var expectedParameter = parameter.Replace("batch", batchName, StringComparison.Ordinal);
        if (batch is null || targets is null)
        {
            call.Should().Throw<ArgumentNullException>($"{problem}: null must fail at the door").WithParameterName(expectedParameter);
        }
        else
        {
            call.Should().Throw<ArgumentException>($"{problem}: bad input must fail with a message naming the argument")
                .WithParameterName(expectedParameter).WithMessage(message.Replace("batch is", $"{batchName} is", StringComparison.Ordinal).Replace("batch[", $"{batchName}[", StringComparison.Ordinal));
        }
    }
}
