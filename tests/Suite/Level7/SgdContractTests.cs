using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level7;

/// <summary>What Sgd's stub promises beyond one step: the setter validates as the constructor does, and the
/// parameters are copied once.</summary>
[Exercise("Sgd")]
public sealed class SgdContractTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void The_learning_rate_setter_rejects_what_the_constructor_rejects_and_keeps_the_rate(double learningRate)
    {
        var sgd = new Sgd([new Parameter(M([[1.0]]))], 0.1);
        FluentActions.Invoking(() => sgd.LearningRate = learningRate)
            .Should().Throw<ArgumentOutOfRangeException>(
                "the LearningRate setter must validate as the constructor does: {0} is not positive and finite, and a later Step would move every weight by it",
                learningRate)
            .WithParameterName("LearningRate").WithMessage(StatedMessages.SgdLearningRate.Wildcard);
        sgd.LearningRate.Should().Be(0.1, "a rejected learning rate leaves the previous one in place");
    }

    [Fact]
    public void The_constructor_copies_the_parameters_and_enumerates_them_once()
    {
        var parameter = new Parameter(M([[1.0]]));
        var enumerations = 0;
        IEnumerable<Parameter> Lazily()
        {
            enumerations++;
            yield return parameter;
        }

        var sgd = new Sgd(Lazily(), 0.5);
        parameter.Gradient[0, 0] = 1;
        sgd.Step();
        sgd.ZeroGrad();
        sgd.Step();

        parameter.Value[0, 0].ShouldBeCloseTo(
            0.5, "one step of 1 − 0.5·1, then a step with the cleared gradient",
            [Suspect.Gives(1.5, "the update has the wrong sign: θ + η·∂L/∂θ climbs the loss; a step descends it, θ ← θ − η·∂L/∂θ"), Suspect.Gives(0.0, "ZeroGrad leaves the gradients in place, so the second step used the old gradient again: ZeroGrad sets every gradient to 0")]);
        enumerations.Should().Be(1,
            "the parameters must be copied into a list in the constructor: a lazy sequence enumerated again by every Step and ZeroGrad may give other objects, or none");
    }
}
