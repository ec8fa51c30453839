using static LossKata.Tests.Level7.NetworkChecks;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level7;

[Exercise("Mlp")]
[Requires("Linear")]
[Requires("Relu")]
public sealed class MlpTests
{
    [Probe("Mlp")]
    internal static void Probe()
    {
        var network = new Mlp(2, 3, 2);
        network.Forward(M([[1.0, 2.0]]));
        network.Backward(M([[1.0, 1.0]]));
    }

    [Fact]
    public void The_tutorial_network_is_linear_relu_linear_relu_linear()
    {
        var network = new Mlp([784, 200, 200, 10], NetworkOracle.KaimingNormal, new Random(0));
        string[] layers = [.. network.Layers.Select(layer => layer.GetType().Name)];
        layers.Should().Equal(
            ["Linear", "Relu", "Linear", "Relu", "Linear"], "a ReLU follows every linear layer but the last, whose outputs are the logits{0}",
            layers.SequenceEqual(["Linear", "Relu", "Linear", "Relu", "Linear", "Relu"])
                ? $". {Suspect.Marker} a ReLU follows the last linear layer too, clipping the negative logits to 0: add it only when finalRelu asks for it"
                : "");
        network.Layers.OfType<Linear>().Select(layer => $"{layer.Weight.Value.RowCount}×{layer.Weight.Value.ColumnCount}").Should().Equal(
            ["200×784", "200×200", "10×200"], "each weight is out×in");
        network.Parameters.Should().HaveCount(6, "three weights and three biases");
        network.Parameters.Where((_, i) => i % 2 == 1).SelectMany(bias => bias.Value.Enumerate())
            .Should().OnlyContain(b => b == 0, "the biases start at zero");
    }

    [Fact]
    public void A_final_relu_puts_a_relu_on_the_logits()
    {
        var network = new Mlp([784, 200, 200, 10], NetworkOracle.KaimingNormal, new Random(0), finalRelu: true);
        network.Layers.Select(layer => layer.GetType().Name).Should().Equal(
            ["Linear", "Relu", "Linear", "Relu", "Linear", "Relu"], "the tutorial's code applies ReLU to the logits too");
    }

    [Fact]
    public void The_initialiser_fills_every_weight_from_the_random_source()
    {
        var kaiming = new Mlp([784, 200, 10], NetworkOracle.KaimingNormal, new Random(5));
        var again = new Mlp([784, 200, 10], NetworkOracle.KaimingNormal, new Random(5));
        kaiming.Parameters.Select(p => p.Value).Should().Equal(again.Parameters.Select(p => p.Value), "the same seed builds the same network");
        var first = kaiming.Layers.OfType<Linear>().First().Weight.Value;
        first.Enumerate().Count(w => w != 0).Should().BeGreaterThan(first.RowCount * first.ColumnCount - 10, "every weight is drawn, none left at zero");
    }

    [Theory]
    [InlineData(false, 11)]
    [InlineData(true, 12)]
    public void Backpropagation_agrees_with_central_differences_for_every_parameter(bool finalRelu, int seed)
    {
        // A small 6-5-4-3 network with random weights and non-zero biases, so that every bias gradient is exercised;
        // the pre-activations are checked to stay clear of ReLU's kink, where a central difference is meaningless.
        var network = new Mlp([6, 5, 4, 3], NetworkOracle.KaimingNormal, new Random(seed), finalRelu);
        foreach (var (parameter, index) in network.Parameters.Select((p, i) => (p, i)))
        {
            Gaussian(parameter.Value.RowCount, parameter.Value.ColumnCount, seed * 10 + index).CopyTo(parameter.Value);
        }

        var input = Gaussian(4, 6, seed);
        int[] targets = [0, 2, 1, 2];
        AssertKinkFree(network, input);

        double Loss() => NetworkOracle.CrossEntropy(network.Forward(input), targets);
        foreach (var parameter in network.Parameters)
        {
            parameter.Gradient.Clear();
        }

        var inputGradient = network.Backward(NetworkOracle.CrossEntropyWrtLogits(network.Forward(input), targets));
        CheckOne(inputGradient, NetworkOracle.NumericalGradient(x => NetworkOracle.CrossEntropy(network.Forward(x), targets), input), "∂L/∂input of the network");
        CheckParameters(
            network.Parameters,
            Loss,
            (parameter, index) => $"∂L/∂{(index % 2 == 0 ? "weight" : "bias")} of linear layer {index / 2 + 1} ({parameter})");
    }

    [Fact]
    public void A_kaiming_network_starts_near_ln_10_and_a_randn_one_thousands_above()
    {
        // Kaiming keeps every pre-activation's variance at about 2·‖x‖²/784 ≈ 2 for normalised MNIST, so the logits are
        // N(0, ≈2): by Jensen's inequality the expected loss lies between ln 10 (logits all equal) and ln 10 + σ²/2 ≈
        // ln 10 + 1. One network deviates by ±0.3; the mean over 40 seeds has a standard error of 0.05, well inside.
        // With randn the logits are thousands wide and so is the loss.
        var digits = Mnist.Load(Mnist.DefaultFolder()).Train.Take(200);
        var inputs = digits.Inputs();
        var labels = digits.Labels;
        double InitialLoss(Action<Matrix<double>, Random> initialise, int seed) =>
            NetworkOracle.CrossEntropy(new Mlp([784, 200, 200, 10], initialise, new Random(seed)).Forward(inputs), labels);

        var kaiming = Enumerable.Range(0, 40).Average(seed => InitialLoss(NetworkOracle.KaimingNormal, seed));
        kaiming.Should().BeInRange(Math.Log(10), Math.Log(10) + 1,
            "an untrained Kaiming network guesses almost uniformly over 10 classes (loss ln 10 = 2.303, plus at most σ²/2 ≈ 1 for its random logits)");
        InitialLoss(NetworkOracle.StandardNormal, 0).Should().BeGreaterThan(100,
            "with std 1 instead of √(2/fan_in) every layer multiplies the scale by about √(fan_in/2), so the logits and the loss are in the thousands");
    }

    [Fact]
    public void The_network_memorises_twenty_digits()
    {
        // A network with 200,000 parameters can fit 20 samples exactly: if full-batch SGD cannot reach 100 % training
        // accuracy, the forward or backward pass is wrong, whatever the gradient checks say. The step is written out here
        // (value −= η·gradient, gradients cleared first) so that the test needs no other exercise than the network's.
        var digits = Mnist.Load(Mnist.DefaultFolder()).Train.Take(20);
        var inputs = digits.Inputs();
        var labels = digits.Labels;
        var network = new Mlp([784, 200, 200, 10], NetworkOracle.KaimingNormal, new Random(1));
        var accuracy = 0.0;
        for (var step = 0; step < 100 && accuracy < 1; step++)
        {
            var logits = network.Forward(inputs);
            accuracy = Enumerable.Range(0, labels.Count).Count(i => ArgmaxOfRow(logits, i) == labels[i]) / (double)labels.Count;
            foreach (var parameter in network.Parameters)
            {
                parameter.Gradient.Clear();
            }

            network.Backward(NetworkOracle.CrossEntropyWrtLogits(logits, labels));
            foreach (var parameter in network.Parameters)
            {
                parameter.Value.Subtract(parameter.Gradient.Multiply(0.1), parameter.Value);
            }
        }

        accuracy.Should().Be(1, "100 full-batch steps at lr 0.1 are plenty to memorise 20 digits");
    }

    [Fact]
    public void A_network_needs_an_input_and_an_output_size() =>
        FluentActions.Invoking(() => new Mlp(784))
            .Should().Throw<ArgumentException>().WithParameterName("sizes");

    private static int ArgmaxOfRow(Matrix<double> logits, int row) =>
        Enumerable.Range(0, logits.ColumnCount).Aggregate((best, column) => logits[row, column] > logits[row, best] ? column : best);

    /// <summary>Checks that no ReLU input lies within <see cref="KinkMargin"/> of 0 (the seeds are chosen so).</summary>
    private static void AssertKinkFree(Mlp network, Matrix<double> input)
    {
        var activation = input;
        foreach (var layer in network.Layers)
        {
            if (layer is Relu)
            {
                activation.Enumerate().Should().OnlyContain(value => Math.Abs(value) > KinkMargin,
                    "the test's seed must keep every ReLU input away from the kink; pick another seed");
            }

            activation = layer.Forward(activation);
        }
    }
}
