using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level7;

[Exercise("Sgd")]
public sealed class SgdTests
{
    [Probe("Sgd")]
    internal static void Probe()
    {
        var sgd = new Sgd([new Parameter(M([[1.0]]))], 0.1);
        sgd.ZeroGrad();
        sgd.Step();
    }

    private static Parameter WithGradient(double[][] value, double[][] gradient)
    {
        var parameter = new Parameter(M(value));
        M(gradient).CopyTo(parameter.Gradient);
        return parameter;
    }

    [Fact]
    public void A_step_moves_every_parameter_against_its_gradient()
    {
        // θ − η·g with η = 0.5: (1 − 0.5·2, −1 − 0.5·(−4)) = (0, 1); 3 − 0.5·1 = 2.5.
        var weight = WithGradient([[1.0, -1.0]], [[2.0, -4.0]]);
        var bias = WithGradient([[3.0]], [[1.0]]);
        new Sgd([weight, bias], learningRate: 0.5).Step();
        weight.Value.ShouldBeCloseTo(M([[0.0, 1.0]]), "θ ← θ − η·∂L/∂θ", [Suspect.Gives(M([[2.0, -3.0]]), "the update has the wrong sign: θ + η·∂L/∂θ climbs the loss; a step descends it, θ ← θ − η·∂L/∂θ")]);
        bias.Value.ShouldBeCloseTo(M([[2.5]]), "every parameter given to the optimiser takes a step");
    }

    [Fact]
    public void A_step_leaves_the_gradient_as_it_is()
    {
        // PyTorch's step does not clear .grad; zero_grad does.
        var parameter = WithGradient([[1.0]], [[2.0]]);
        new Sgd([parameter], 0.1).Step();
        parameter.Gradient.ShouldBeCloseTo(M([[2.0]]), "Step only reads the gradient; clearing it is ZeroGrad's job");
    }

    [Fact]
    public void Zero_grad_clears_every_gradient_and_no_value()
    {
        var weight = WithGradient([[1.0, 2.0]], [[3.0, 4.0]]);
        var bias = WithGradient([[5.0]], [[6.0]]);
        new Sgd([weight, bias], 0.1).ZeroGrad();
        weight.Gradient.ShouldBeCloseTo(
            M([[0.0, 0.0]]), "ZeroGrad sets every gradient to 0, as optimizer.zero_grad()",
            [Suspect.Gives(M([[3.0, 4.0]]), "ZeroGrad leaves the gradients in place, so they accumulate from batch to batch: ZeroGrad sets every gradient to 0")]);
        bias.Gradient.ShouldBeCloseTo(M([[0.0]]), "every parameter's gradient is cleared");
        weight.Value.ShouldBeCloseTo(M([[1.0, 2.0]]), "ZeroGrad does not touch the values");
    }

    [Fact]
    public void The_step_uses_the_current_learning_rate()
    {
        var parameter = WithGradient([[1.0]], [[1.0]]);
        var sgd = new Sgd([parameter], 0.1) { LearningRate = 0.25 };
        sgd.Step();
        parameter.Value.ShouldBeCloseTo(M([[0.75]]), "1 − 0.25·1, with the learning rate set after construction");
    }

    [Fact]
    public void Steps_on_a_quadratic_shrink_it_geometrically()
    {
        // L(θ) = θ²/2, ∂L/∂θ = θ: each step multiplies θ by (1 − η) = 0.9, so 10 steps give 0.9¹⁰ = 0.3487.
        var parameter = new Parameter(M([[1.0]]));
        var sgd = new Sgd([parameter], 0.1);
        for (var step = 0; step < 10; step++)
        {
            sgd.ZeroGrad();
            parameter.Gradient[0, 0] += parameter.Value[0, 0];
            sgd.Step();
        }

        parameter.Value[0, 0].ShouldBeCloseTo(Math.Pow(0.9, 10), "gradient descent on θ²/2 with η = 0.1 multiplies θ by 0.9 per step");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_learning_rate_that_is_not_positive_and_finite_is_rejected(double learningRate) =>
        FluentActions.Invoking(() => new Sgd([new Parameter(M([[1.0]]))], learningRate))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("LearningRate");
}
