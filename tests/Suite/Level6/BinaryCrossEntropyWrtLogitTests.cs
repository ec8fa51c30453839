using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level6;

[Exercise("Gradients.BinaryCrossEntropyWrtLogit")]
public sealed class BinaryCrossEntropyWrtLogitTests
{
    [Probe("Gradients.BinaryCrossEntropyWrtLogit")]
    internal static void Probe() => Gradients.BinaryCrossEntropyWrtLogit(0.5, 1);

    public static TheoryData<int> ReferenceCases => [.. Enumerable.Range(0, PyTorchLevel6.Scalars.Length)];

    [Fact]
    public void At_a_zero_logit_with_target_one_the_gradient_is_minus_one_half() =>
        // σ(0) = ½, so σ − y = ½ − 1 = −½: negative, so a gradient step raises the logit towards the target.
        Gradients.BinaryCrossEntropyWrtLogit(0, 1)
            .ShouldBeCloseTo(-0.5, "dℓ/dz = σ(z) − y, and σ(0) = ½", GradientSuspects.OfBinaryCrossEntropy(0, 1));

    [Fact]
    public void With_target_zero_the_gradient_is_the_predicted_probability() =>
        // z = ln 3 gives σ = 3 / (3 + 1) = ¾, so σ − 0 = ¾.
        Gradients.BinaryCrossEntropyWrtLogit(Math.Log(3), 0)
            .ShouldBeCloseTo(0.75, "dℓ/dz = σ(z) − y = ¾ − 0 when σ(ln 3) = ¾", GradientSuspects.OfBinaryCrossEntropy(Math.Log(3), 0));

    [Theory]
    [InlineData(double.PositiveInfinity, 0, 1)]
    [InlineData(double.PositiveInfinity, 1, 0)]
    [InlineData(double.NegativeInfinity, 1, -1)]
    [InlineData(double.NegativeInfinity, 0, 0)]
    public void Infinite_logits_are_allowed(double logit, double target, double expected) =>
        // σ(+∞) = 1 and σ(−∞) = 0, so σ − y is ±1 for a certain mistake and 0 for a certain right answer.
        Gradients.BinaryCrossEntropyWrtLogit(logit, target).ShouldBeCloseTo(
            expected, $"σ({logit}) − {target} with σ(+∞) = 1, σ(−∞) = 0", [Suspect.IfNaN("NaN means the sigmoid computed ∞/∞ at an infinite logit")], 0);

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void Matches_pytorch_autograd(int index)
    {
        var reference = PyTorchLevel6.Scalars[index];
        Gradients.BinaryCrossEntropyWrtLogit(reference.Logit, reference.Target).ShouldBeCloseTo(
            reference.BinaryCrossEntropyGradient,
            $"PyTorch's autograd of binary_cross_entropy(sigmoid(z), y) gives this at z = {reference.Logit:R}, y = {reference.Target:R}",
            GradientSuspects.OfBinaryCrossEntropy(reference.Logit, reference.Target));
    }

    [Property(Arbitrary = [typeof(GradientGenerators)])]
    public void Points_the_logit_towards_the_target(OneLogitCase binary) => Counterexample.At(binary, () =>
    {
        var gradient = Gradients.BinaryCrossEntropyWrtLogit(binary.Logit, binary.Target);
        if (binary.Target == 1)
        {
            gradient.Should().BeInRange(-1, 0, "with y = 1, σ − 1 ∈ [−1, 0]: descent raises z ({0})", binary);
        }
        else
        {
            gradient.Should().BeInRange(0, 1, "with y = 0, σ − 0 ∈ [0, 1]: descent lowers z ({0})", binary);
        }
    });

    [Property]
    public Property Agrees_with_the_numerical_gradient_of_the_loss() =>
        Prop.ForAll(ModerateCases.OneLogitCases(), binary => GradientChecks.ScalarShouldAgree(
            Gradients.BinaryCrossEntropyWrtLogit(binary.Logit, binary.Target),
            z => LossesWrittenOut.BinaryCrossEntropyOfLogit(z, binary.Target),
            binary));

    [Theory]
    [MemberData(nameof(BadBatchInput.OneLogitProblems), MemberType = typeof(BadBatchInput))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem) =>
        BadBatchInput.OneLogitShouldBeRejected(problem, "Gradients.BinaryCrossEntropyWrtLogit", Gradients.BinaryCrossEntropyWrtLogit);
}
