using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level7;

/// <summary>What Relu's stub promises beyond its values: the mask is the latest Forward's, and Forward leaves its
/// input alone (PyTorch's <c>inplace=False</c>).</summary>
[Exercise("Relu")]
public sealed class ReluContractTests
{
    [Fact]
    public void Backward_uses_the_mask_of_the_latest_forward()
    {
        var relu = new Relu();
        relu.Forward(M([[1.0, -1.0]]));
        relu.Forward(M([[-1.0, 1.0]]));
        relu.Backward(M([[5.0, 7.0]])).ShouldBeCloseTo(
            M([[0.0, 7.0]]), "the mask must be that of the latest Forward, not the first one: Backward follows the latest forward pass");
    }

    [Fact]
    public void Forward_leaves_its_input_unchanged()
    {
        var input = M([[-2.0, 0.5], [3.0, -0.25]]);
        new Relu().Forward(input);
        input.ShouldBeCloseTo(
            M([[-2.0, 0.5], [3.0, -0.25]]),
            "Forward returns max(0, x) and leaves x as it was (PyTorch's inplace=False): the caller may still need the pre-activations",
            [Suspect.Gives(M([[0.0, 0.5], [3.0, 0.0]]), "Forward clamps its input in place and returns it, destroying the caller's pre-activations: x must stay unchanged")],
            0);
    }
}
