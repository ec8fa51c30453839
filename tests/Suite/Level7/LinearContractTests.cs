using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level7;

/// <summary>What Linear's stub promises beyond the values of one forward and backward pass: both gradients
/// accumulate, Backward differentiates at the latest Forward's input, and neither pass moves the parameters.</summary>
[Exercise("Linear")]
public sealed class LinearContractTests
{
    private static readonly Matrix<double> Input = M([[1.0, -1.0], [2.0, 0.0]]);
    private static readonly Matrix<double> OutputGradient = M([[1.0, 0.0, 0.0], [0.0, 1.0, 1.0]]);

    /// <summary>W = [[1, 2], [3, 4], [5, 6]] (3×2), b = [0.5, −1, 0].</summary>
    private static Linear HandMade() => LinearTests.HandMade();

    [Fact]
    public void Backward_adds_to_the_bias_gradient_until_it_is_zeroed()
    {
        // One pass leaves the column sums of G = [1, 1, 1]; PyTorch's backward adds into .grad, so two leave [2, 2, 2].
        var layer = HandMade();
        layer.Forward(Input);
        layer.Backward(OutputGradient);
        var once = layer.Bias.Gradient.Clone();
        layer.Forward(Input);
        layer.Backward(OutputGradient);
        layer.Bias.Gradient.ShouldBeCloseTo(
            2 * once, "the bias gradient was overwritten, not accumulated: after two Backward calls it must be twice one (Bias.Gradient += column sums of G)");
    }

    [Fact]
    public void Backward_differentiates_at_the_input_of_the_latest_forward()
    {
        // Forward(X₁), then Forward(X₂), then Backward(G): ∂L/∂W = Gᵀ·X₂, as a network's backward pass follows its
        // latest forward pass. X₂ = [[0, 1], [1, 1]]: GᵀX₂ = [[0, 1], [1, 1], [1, 1]].
        var layer = HandMade();
        layer.Forward(Input);
        layer.Forward(M([[0.0, 1.0], [1.0, 1.0]]));
        layer.Backward(OutputGradient);
        layer.Weight.Gradient.ShouldBeCloseTo(
            M([[0.0, 1.0], [1.0, 1.0], [1.0, 1.0]]),
            "Forward must remember the input of the latest Forward, not the first one: Backward differentiates there (∂L/∂W = Gᵀ·X of the latest X)");
    }

    [Fact]
    public void Neither_pass_changes_the_weight_or_the_bias()
    {
        var layer = HandMade();
        layer.Forward(Input);
        layer.Backward(OutputGradient);
        layer.Weight.Value.ShouldBeCloseTo(M([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]), "Forward and Backward only read W; moving it is Sgd.Step's job", 0);
        layer.Bias.Value.ShouldBeCloseTo(M([[0.5, -1.0, 0.0]]), "Forward and Backward only read b; moving it is Sgd.Step's job", 0);
    }
}
