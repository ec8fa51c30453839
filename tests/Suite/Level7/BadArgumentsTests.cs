using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level7;

// The bad-argument paths of level 7 that mutation testing found unchecked: with any of these checks removed the
// rest of the suite still passed. One class per exercise, so each test belongs to the exercise it calls.

[Exercise("Init")]
public sealed class InitBadArgumentsTests
{
    [Fact]
    public void The_standard_normal_rejects_a_null_weight_by_name() =>
        FluentActions.Invoking(() => Init.StandardNormal(null!, new Random(0)))
            .Should().Throw<ArgumentNullException>("a null weight must fail at the door, naming it").WithParameterName("weight");
}

[Exercise("Linear")]
public sealed class LinearBadArgumentsTests
{
    [Fact]
    public void A_NaN_output_gradient_is_rejected_with_its_position()
    {
        var layer = new Linear(2, 2);
        layer.Forward(M([[1.0, 2.0]]));
        FluentActions.Invoking(() => layer.Backward(M([[0.5, double.NaN]])))
            .Should().Throw<ArgumentException>("a NaN gradient must fail with its position, not spread NaN into the weights")
            .WithParameterName("outputGradient").WithMessage("outputGradient[0, 1] is NaN*");
    }
}

[Exercise("Relu")]
public sealed class ReluBadArgumentsTests
{
    [Fact]
    public void A_NaN_output_gradient_is_rejected_with_its_position()
    {
        var relu = new Relu();
        relu.Forward(M([[1.0, -1.0]]));
        FluentActions.Invoking(() => relu.Backward(M([[double.NaN, 0.5]])))
            .Should().Throw<ArgumentException>("a NaN gradient must fail with its position, not pass silently")
            .WithParameterName("outputGradient").WithMessage("outputGradient[0, 0] is NaN*");
    }
}

[Exercise("Mlp")]
[Requires("Linear")]
[Requires("Relu")]
public sealed class MlpBadArgumentsTests
{
    [Fact]
    public void Null_arguments_are_rejected_by_name()
    {
        FluentActions.Invoking(() => new Mlp(null!, NetworkOracle.KaimingNormal, new Random(0)))
            .Should().Throw<ArgumentNullException>("null sizes must fail at the door").WithParameterName("sizes");
        FluentActions.Invoking(() => new Mlp([2, 1], null!, new Random(0)))
            .Should().Throw<ArgumentNullException>("a null initialiser must fail at the door").WithParameterName("initialise");
        FluentActions.Invoking(() => new Mlp([2, 1], NetworkOracle.KaimingNormal, null!))
            .Should().Throw<ArgumentNullException>("a null random source must fail at the door").WithParameterName("random");
    }

    [Fact]
    public void A_single_size_is_rejected_with_a_message_saying_what_a_network_needs() =>
        FluentActions.Invoking(() => new Mlp([784], NetworkOracle.KaimingNormal, new Random(0)))
            .Should().Throw<ArgumentException>().WithParameterName("sizes")
            .WithMessage(StatedMessages.MlpTooFewSizes.Wildcard);

    [Fact]
    public void Two_sizes_make_one_linear_layer_and_no_relu()
    {
        // sizes [3, 2]: an input and an output size are enough; the network is one Linear layer (logistic regression).
        var network = new Mlp([3, 2], NetworkOracle.KaimingNormal, new Random(0));
        network.Layers.Select(layer => layer.GetType().Name).Should().Equal(
            ["Linear"], "two sizes are the smallest network: one linear layer whose outputs are the logits");
        network.Forward(M([[1.0, 2.0, 3.0]])).ColumnCount.Should().Be(2, "one logit per output unit");
    }
}

[Exercise("Sgd")]
public sealed class SgdBadArgumentsTests
{
    [Fact]
    public void Null_parameters_are_rejected_by_name() =>
        FluentActions.Invoking(() => new Sgd(null!, 0.1))
            .Should().Throw<ArgumentNullException>("the optimiser needs the parameters it updates").WithParameterName("parameters");

    [Fact]
    public void A_bad_learning_rate_is_rejected_with_a_message_saying_what_it_must_be() =>
        FluentActions.Invoking(() => new Sgd([], 0))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("LearningRate")
            .WithMessage(StatedMessages.SgdLearningRate.Wildcard);
}
