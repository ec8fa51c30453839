using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LossKata.Tests.Reference;

namespace LossKata.Tests.Level6;

[Exercise("Gradients.SquaredErrorWrtLogitThroughSigmoid")]
public sealed class SquaredErrorWrtLogitThroughSigmoidTests
{
    [Probe("Gradients.SquaredErrorWrtLogitThroughSigmoid")]
    internal static void Probe() => Gradients.SquaredErrorWrtLogitThroughSigmoid(0.5, 1);

    public static TheoryData<int> ReferenceCases => [.. Enumerable.Range(0, PyTorchLevel6.Scalars.Length)];

    [Fact]
    public void At_a_zero_logit_with_target_one_the_gradient_is_minus_one_quarter() =>
        // 2(σ − y)·σ(1 − σ) = 2(½ − 1)·¼ = −¼. Dropping the sigmoid's factor σ(1 − σ) would give −1.
        Gradients.SquaredErrorWrtLogitThroughSigmoid(0, 1)
            .ShouldBeCloseTo(-0.25, "the chain rule multiplies 2(σ − y) = −1 by the sigmoid's slope σ(1 − σ) = ¼ at z = 0", GradientSuspects.OfSquaredErrorThroughSigmoid(0, 1));

    [Fact]
    public void With_a_confidently_wrong_logit_the_sigmoid_slope_shrinks_the_gradient() =>
        // z = −ln 9: σ = 1/10, so 2(σ − 1)·σ(1 − σ) = 2·(−0.9)·0.09 = −0.162 (without σ(1 − σ): −1.8).
        Gradients.SquaredErrorWrtLogitThroughSigmoid(-Math.Log(9), 1)
            .ShouldBeCloseTo(-0.162, "σ(−ln 9) = 0.1 and the slope σ(1 − σ) = 0.09 multiplies 2(σ − y) = −1.8", GradientSuspects.OfSquaredErrorThroughSigmoid(-Math.Log(9), 1));

    [Theory]
    [InlineData(double.PositiveInfinity, 0)]
    [InlineData(double.PositiveInfinity, 1)]
    [InlineData(double.NegativeInfinity, 0)]
    [InlineData(double.NegativeInfinity, 1)]
    public void Infinite_logits_give_a_zero_gradient(double logit, double target) =>
        // The slope σ(1 − σ) is 0 at ±∞ whatever the error 2(σ − y): a saturated sigmoid passes no gradient.
        Gradients.SquaredErrorWrtLogitThroughSigmoid(logit, target).ShouldBeCloseTo(
            0, $"2(σ − y)·σ(1 − σ) at z = {logit}, y = {target}: the slope σ(1 − σ) is 0 there", [Suspect.IfNaN("NaN means ∞/∞ or ∞·0 was computed: take σ(z) and σ(−z) from a sigmoid that handles ±∞")], 0);

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void Matches_pytorch_autograd(int index)
    {
        var reference = PyTorchLevel6.Scalars[index];
        Gradients.SquaredErrorWrtLogitThroughSigmoid(reference.Logit, reference.Target).ShouldBeCloseTo(
            reference.SquaredErrorGradient,
            $"PyTorch's autograd of (sigmoid(z) − y)² gives this at z = {reference.Logit:R}, y = {reference.Target:R}",
            GradientSuspects.OfSquaredErrorThroughSigmoid(reference.Logit, reference.Target));
    }

    [Property]
    public Property Agrees_with_the_numerical_gradient_of_the_loss() =>
        Prop.ForAll(ModerateCases.OneLogitCases(), binary => GradientChecks.ScalarShouldAgree(
            Gradients.SquaredErrorWrtLogitThroughSigmoid(binary.Logit, binary.Target),
            z => LossesWrittenOut.SquaredErrorThroughSigmoid(z, binary.Target),
            binary));

    [Theory]
    [MemberData(nameof(BadBatchInput.OneLogitProblems), MemberType = typeof(BadBatchInput))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem) =>
        BadBatchInput.OneLogitShouldBeRejected(problem, "Gradients.SquaredErrorWrtLogitThroughSigmoid", Gradients.SquaredErrorWrtLogitThroughSigmoid);
}
