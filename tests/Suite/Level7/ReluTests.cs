using static LossKata.Tests.Level7.NetworkChecks;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level7;

[Exercise("Relu")]
public sealed class ReluTests
{
    [Probe("Relu")]
    internal static void Probe()
    {
        var relu = new Relu();
        relu.Forward(M([[1.0, -1.0]]));
        relu.Backward(M([[1.0, 1.0]]));
    }

    [Fact]
    public void Forward_keeps_positive_values_and_zeroes_the_rest() =>
        new Relu().Forward(M([[-2.0, 0.0, 3.0], [1e-300, -1e-300, 7.5]]))
            .ShouldBeCloseTo(M([[0.0, 0.0, 3.0], [1e-300, 0.0, 7.5]]), "max(0, x), element by element");

    [Fact]
    public void Backward_passes_the_gradient_only_where_the_input_was_positive()
    {
        // The derivative of max(0, x) is 1 for x > 0 and 0 for x < 0; at x = 0 PyTorch takes 0.
        var relu = new Relu();
        relu.Forward(M([[-2.0, 0.0, 3.0]]));
        relu.Backward(M([[10.0, 20.0, 30.0]]))
            .ShouldBeCloseTo(
                M([[0.0, 0.0, 30.0]]), "a unit that did not fire passes no gradient back (at 0 neither, as in PyTorch)",
                [
                    Suspect.Gives(M([[10.0, 20.0, 30.0]]), "Backward passes the gradient everywhere, as if the unit were linear: where it did not fire (x ≤ 0) its derivative is 0"),
                    Suspect.Gives(M([[0.0, 20.0, 30.0]]), "the mask x ≥ 0 lets the gradient through at x = 0, where PyTorch takes the derivative as 0: at 0 neither passes"),
                ]);
    }

    [Fact]
    public void It_has_no_parameters() =>
        new Relu().Parameters.Should().BeEmpty("an activation has nothing to train");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_input_gradient_agrees_with_central_differences_away_from_the_kink(int seed) =>
        CheckAgainstNumerical(new Relu(), AwayFromZero(Gaussian(4, 5, seed)), "ReLU");

    [Fact]
    public void A_NaN_input_is_rejected_with_its_position() =>
        FluentActions.Invoking(() => new Relu().Forward(M([[1.0], [double.NaN]])))
            .Should().Throw<ArgumentException>().WithParameterName("input").WithMessage("input[1, 0]*NaN*");

    [Fact]
    public void Backward_before_forward_is_an_error() =>
        FluentActions.Invoking(() => new Relu().Backward(M([[1.0]])))
            .Should().Throw<InvalidOperationException>().WithMessage(StatedMessages.ReluBackwardBeforeForward.Wildcard);

    [Fact]
    public void An_output_gradient_of_the_wrong_shape_is_rejected()
    {
        var relu = new Relu();
        relu.Forward(M([[1.0, 2.0]]));
        FluentActions.Invoking(() => relu.Backward(M([[1.0, 2.0, 3.0]])))
            .Should().Throw<ArgumentException>().WithParameterName("outputGradient");
    }
}
