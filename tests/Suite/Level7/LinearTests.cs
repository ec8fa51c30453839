using static LossKata.Tests.Level7.NetworkChecks;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level7;

[Exercise("Linear")]
public sealed class LinearTests
{
    [Probe("Linear")]
    internal static void Probe()
    {
        var layer = new Linear(2, 3);
        layer.Forward(M([[1.0, 2.0]]));
        layer.Backward(M([[1.0, 1.0, 1.0]]));
    }

    /// <summary>W = [[1, 2], [3, 4], [5, 6]] (3×2), b = [0.5, −1, 0].</summary>
    internal static Linear HandMade()
    {
        var layer = new Linear(inFeatures: 2, outFeatures: 3);
        M([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]).CopyTo(layer.Weight.Value);
        M([[0.5, -1.0, 0.0]]).CopyTo(layer.Bias.Value);
        return layer;
    }

    [Fact]
    public void The_weight_is_shaped_out_by_in_and_the_bias_is_a_row_both_zero_at_first()
    {
        var layer = new Linear(inFeatures: 784, outFeatures: 200);
        var (rows, columns) = (layer.Weight.Value.RowCount, layer.Weight.Value.ColumnCount);
        (rows, columns).Should().Be(
            (200, 784), "the weight is out×in, as PyTorch's nn.Linear(784, 200).weight is 200×784{0}",
            (rows, columns) == (784, 200)
                ? $". {Suspect.Marker} the weight is stored in×out (784×200) and multiplied as X·W; PyTorch's weight is out×in and Y = X·Wᵀ + b, so store it out×in and transpose the operand W in the product (X.TransposeAndMultiply(W))"
                : "");
        layer.Bias.Value.RowCount.Should().Be(1, "the bias is one row, added to every sample");
        layer.Bias.Value.ColumnCount.Should().Be(200, "one bias per output unit");
        layer.Weight.Value.Enumerate().Should().OnlyContain(w => w == 0, "Init fills the weights; a new layer starts at zero");
        layer.Bias.Value.Enumerate().Should().OnlyContain(b => b == 0, "the tutorial's biases start at zero");
        layer.Parameters.Should().Equal([layer.Weight, layer.Bias], "the parameters are the weight then the bias, as PyTorch lists them");
    }

    [Fact]
    public void Forward_multiplies_by_the_transposed_weight_and_adds_the_bias()
    {
        // x = (1, −1): W·x = (1 − 2, 3 − 4, 5 − 6) = (−1, −1, −1); + b = (−0.5, −2, −1).
        // x = (2, 0):  W·x = (2, 6, 10); + b = (2.5, 5, 10).
        var (layer, input) = (HandMade(), M([[1.0, -1.0], [2.0, 0.0]]));
        LinearShapeMistakes.Run("Linear(2→3).Forward(X)", layer, input, null, () => layer.Forward(input))
            .ShouldBeCloseTo(M([[-0.5, -2.0, -1.0], [2.5, 5.0, 10.0]]), "y = x·Wᵀ + b, one row per sample");
    }

    [Fact]
    public void Backward_gives_the_gradients_worked_out_by_hand()
    {
        // X = [[1, −1], [2, 0]], G = ∂L/∂Y = [[1, 0, 0], [0, 1, 1]].
        // ∂L/∂W = GᵀX = [[1, −1], [2, 0], [2, 0]]; ∂L/∂b = column sums of G = [1, 1, 1];
        // ∂L/∂X = G·W = [[1, 2], [3 + 5, 4 + 6]] = [[1, 2], [8, 10]].
        var (layer, input, outputGradient) = (HandMade(), M([[1.0, -1.0], [2.0, 0.0]]), M([[1.0, 0.0, 0.0], [0.0, 1.0, 1.0]]));
        LinearShapeMistakes.Run("Linear(2→3).Forward(X)", layer, input, null, () => layer.Forward(input));
        var inputGradient = LinearShapeMistakes.Run("Linear(2→3).Backward(G)", layer, input, outputGradient, () => layer.Backward(outputGradient));

        layer.Weight.Gradient.ShouldBeCloseTo(
            M([[1.0, -1.0], [2.0, 0.0], [2.0, 0.0]]), "∂L/∂W = Gᵀ·X (out×in, like W)",
            [Suspect.Gives(M([[1.0, -1.0], [2.0, 0.0], [2.0, 0.0]]).Transpose(), "the weight gradient is transposed: Xᵀ·G is in×out, but ∂L/∂W = Gᵀ·X is out×in, like W")]);
        layer.Bias.Gradient.ShouldBeCloseTo(
            M([[1.0, 1.0, 1.0]]), "∂L/∂b sums G over the samples, since b is added to every row",
            [Suspect.Gives(M([[0.5, 0.5, 0.5]]), "the bias gradient is averaged over the 2 samples; b is added to every row, so ∂L/∂b sums G over the samples (the loss's Mean has already divided by N)")]);
        inputGradient.ShouldBeCloseTo(M([[1.0, 2.0], [8.0, 10.0]]), "∂L/∂X = G·W (N×in, like X)");
    }

    [Fact]
    public void Backward_adds_to_the_gradients_until_they_are_zeroed_as_in_PyTorch()
    {
        var layer = HandMade();
        var input = M([[1.0, -1.0], [2.0, 0.0]]);
        var outputGradient = M([[1.0, 0.0, 0.0], [0.0, 1.0, 1.0]]);
        layer.Forward(input);
        layer.Backward(outputGradient);
        var once = layer.Weight.Gradient.Clone();
        layer.Forward(input);
        layer.Backward(outputGradient);
        layer.Weight.Gradient.ShouldBeCloseTo(2 * once, "a second backward pass accumulates (+=), it does not overwrite");
    }

    [Theory]
    [InlineData(1, 1, 1, 1)]
    [InlineData(3, 5, 4, 2)]
    [InlineData(7, 10, 3, 3)]
    public void Every_gradient_agrees_with_central_differences(int samples, int inFeatures, int outFeatures, int seed)
    {
        var layer = new Linear(inFeatures, outFeatures);
        Gaussian(outFeatures, inFeatures, seed).CopyTo(layer.Weight.Value);
        Gaussian(1, outFeatures, seed + 1).CopyTo(layer.Bias.Value);
        CheckAgainstNumerical(layer, Gaussian(samples, inFeatures, seed + 2), $"Linear({inFeatures}→{outFeatures}) on {samples} samples");
    }

    [Fact]
    public void An_input_of_the_wrong_width_is_rejected() =>
        FluentActions.Invoking(() => new Linear(3, 2).Forward(M([[1.0, 2.0]])))
            .Should().Throw<ArgumentException>().WithParameterName("input").WithMessage("*1×2*3 columns*");

    [Fact]
    public void A_NaN_input_is_rejected_with_its_position() =>
        FluentActions.Invoking(() => new Linear(2, 2).Forward(M([[1.0, double.NaN]])))
            .Should().Throw<ArgumentException>().WithParameterName("input").WithMessage("input[0, 1]*NaN*");

    [Fact]
    public void An_output_gradient_of_the_wrong_shape_is_rejected()
    {
        var layer = new Linear(2, 3);
        layer.Forward(M([[1.0, 2.0]]));
        FluentActions.Invoking(() => layer.Backward(M([[1.0, 1.0]])))
            .Should().Throw<ArgumentException>().WithParameterName("outputGradient").WithMessage("*1×2*1×3*");
    }

    [Fact]
    public void Backward_before_forward_is_an_error() =>
        FluentActions.Invoking(() => new Linear(2, 3).Backward(M([[1.0, 1.0, 1.0]])))
            .Should().Throw<InvalidOperationException>().WithMessage(StatedMessages.LinearBackwardBeforeForward.Wildcard);

    [Theory]
    [InlineData(0, 3, "inFeatures")]
    [InlineData(3, 0, "outFeatures")]
    [InlineData(-1, 3, "inFeatures")]
    [InlineData(3, -2, "outFeatures")]
    public void A_layer_needs_positive_sizes(int inFeatures, int outFeatures, string rejected) =>
        FluentActions.Invoking(() => new Linear(inFeatures, outFeatures))
            .Should().Throw<ArgumentOutOfRangeException>("a layer of {0}→{1} has no units; the size that is not positive is named", inFeatures, outFeatures)
            .WithParameterName(rejected);
}
