namespace LossKata.Tests.Level7;

/// <summary>How Mlp calls its initialiser, its short constructor and the order of its parameters. The network is
/// built with a recording initialiser, so a mistake in the learner's Init costs only Init.</summary>
[Exercise("Mlp")]
[Requires("Linear")]
[Requires("Relu")]
public sealed class MlpContractTests
{
    [Fact]
    public void The_initialiser_fills_each_linear_weight_once_in_layer_order_from_the_one_random_source()
    {
        // Call k fills its matrix with k + 1: the weights then show which call filled them and in which order.
        var random = new Random(3);
        var calls = new List<(int Rows, int Columns, Random Random)>();
        var network = new Mlp(
            [5, 4, 3, 2],
            (weight, source) =>
            {
                calls.Add((weight.RowCount, weight.ColumnCount, source));
                weight.MapInplace(_ => calls.Count);
            },
            random);

        calls.Select(call => $"{call.Rows}×{call.Columns}").Should().Equal(
            ["4×5", "3×4", "2×3"], "the initialiser is called once per Linear, in layer order, with its out×in weight (never a bias)");
        calls.Should().OnlyContain(call => ReferenceEquals(call.Random, random),
            "every layer draws from the one random source given, so a seed reproduces the network; a new Random per layer repeats the same draws");
        network.Layers.OfType<Linear>().Select(layer => layer.Weight.Value.Enumerate().Distinct().Single()).Should().Equal(
            [1.0, 2.0, 3.0], "each Linear's Weight.Value is filled by its own call, the first layer's first");
        network.Layers.OfType<Linear>().SelectMany(layer => layer.Bias.Value.Enumerate()).Should().OnlyContain(
            value => value == 0, "the biases stay zero");
    }

    [Fact]
    [Requires("Init")]
    public void The_short_constructor_is_kaiming_from_random_0_without_a_relu_on_the_logits()
    {
        var network = new Mlp(6, 5, 3);
        var expected = new Mlp([6, 5, 3], Init.KaimingNormal, new Random(0));
        network.Layers.Select(layer => layer.GetType().Name).Should().Equal(["Linear", "Relu", "Linear"], "no ReLU on the logits by default");
        for (var i = 0; i < expected.Parameters.Count; i++)
        {
            network.Parameters[i].Value.ShouldBeCloseTo(
                expected.Parameters[i].Value, $"parameter {i}: new Mlp(sizes) is new Mlp(sizes, Init.KaimingNormal, new Random(0))", 0);
        }
    }

    [Fact]
    public void The_parameters_are_each_linear_layers_weight_then_bias_in_order()
    {
        var network = new Mlp([4, 3, 2], NetworkOracle.KaimingNormal, new Random(1), finalRelu: true);
        var linears = network.Layers.OfType<Linear>().ToList();
        network.Parameters.Should().Equal(
            [linears[0].Weight, linears[0].Bias, linears[1].Weight, linears[1].Bias],
            "Parameters lists every layer's own Parameter objects in order (weight, bias, …), the ones Sgd must move");
    }
}
