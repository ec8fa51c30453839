using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level3;

/// <summary>Bad input shared by the two binary losses; <c>inputs</c> is the first argument (probabilities or logits).</summary>
public static class BadBinaryInput
{
    /// <summary>Cases both losses reject; "inputs" in a parameter name or message stands for the first argument's name.</summary>
    public static TheoryData<string, double[]?, double[]?, string, string> Common => new()
    {
        { "inputs are null", null, [1.0], "inputs", "*" },
        { "targets are null", [0.5], null, "targets", "*" },
        { "empty", [], [], "inputs", "inputs is empty*" },
        { "lengths differ", [0.5, 0.5], [1.0], "targets", "inputs has 2 elements but targets has 1*same length*" },
        { "NaN input", [0.5, double.NaN], [1.0, 0.0], "inputs", "inputs[1] is NaN*" },
        { "NaN target", [0.5, 0.5], [double.NaN, 0.0], "targets", "targets[0] is NaN*" },
        { "target above 1", [0.5, 0.5], [1.0, 1.5], "targets", "targets[1] = 1.5 is greater than 1*[0, 1]*" },
        { "negative target", [0.5, 0.5], [-0.25, 1.0], "targets", "targets[0] = -0.25 is a negative probability*[0, 1]*" },
    };

    /// <summary>Cases only the probability form rejects (a logit may be any real number).</summary>
    public static TheoryData<string, double[]?, double[]?, string, string> ProbabilitiesOnly => new()
    {
        { "negative probability", [0.5, -0.1], [1.0, 0.0], "inputs", "inputs[1] = -0.1 is a negative probability*" },
        { "probability above 1", [1.25, 0.5], [1.0, 0.0], "inputs", "inputs[0] = 1.25 is greater than 1*" },
    };

    public static void ShouldBeRejected(
        Func<Vector<double>, Vector<double>, Reduction, double> loss,
        string inputName,
        string problem,
        double[]? inputs,
        double[]? targets,
        string parameter,
        string message)
    {
        var call = FluentActions.Invoking(() => loss(inputs is null ? null! : V(inputs), targets is null ? null! : V(targets), Reduction.Mean));
        var expectedParameter = parameter.Replace("inputs", inputName, StringComparison.Ordinal);
        if (inputs is null || targets is null)
        {
            call.Should().Throw<ArgumentNullException>($"{problem}: null must fail at the door").WithParameterName(expectedParameter);
        }
        else
        {
            call.Should().Throw<ArgumentException>($"{problem}: bad input must fail with a message, never as a silent NaN")
                .WithParameterName(expectedParameter).WithMessage(message.Replace("inputs", inputName, StringComparison.Ordinal));
        }
    }
}
