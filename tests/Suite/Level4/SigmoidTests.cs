using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level4;

[Exercise("Activations.Sigmoid")]
public sealed class SigmoidTests
{
    [Probe("Activations.Sigmoid")]
    internal static void Probe() => Activations.Sigmoid(0);

    public static TheoryData<string> PyTorchCases => PyTorchLevels1To5.Names(PyTorchLevels1To5.Sigmoid);

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Agrees_with_PyTorch(string z)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevels1To5.Sigmoid, z);
        Activations.Sigmoid(reference.Z).ShouldBeCloseTo(
            reference.Sigmoid, $"torch.sigmoid({z})", ActivationSuspects.OfSigmoid(reference.Z));
    }

    [Fact]
    public void Small_logits_match_the_values_worked_out_by_hand()
    {
        Activations.Sigmoid(0).ShouldBeCloseTo(0.5, "1 / (1 + e⁰) = ½: a logit of 0 means no preference", ActivationSuspects.OfSigmoid(0));
        Activations.Sigmoid(Math.Log(3)).ShouldBeCloseTo(
            0.75, "1 / (1 + ⅓) = ¾: the logit is the log of the odds, ln(¾ / ¼) = ln 3", ActivationSuspects.OfSigmoid(Math.Log(3)));
    }

    [Fact]
    public void Logits_of_plus_or_minus_1000_give_one_and_zero_not_NaN()
    {
        Activations.Sigmoid(1000).ShouldBeCloseTo(1, "σ(1000) is 1 in float64", ActivationSuspects.OfSigmoid(1000), 0);
        Activations.Sigmoid(-1000).ShouldBeCloseTo(0, "σ(−1000) = e^−1000 / (1 + e^−1000) underflows to 0", ActivationSuspects.OfSigmoid(-1000), 0);
    }

    [Fact]
    public void Infinite_logits_give_one_and_zero()
    {
        // −∞ is a legal logit (probability 0), +∞ probability 1: 1 / (1 + e^−∞) = 1 and e^−∞ / (1 + e^−∞) = 0.
        Activations.Sigmoid(double.PositiveInfinity).ShouldBeCloseTo(1, "σ(+∞) = 1 / (1 + e^−∞) = 1", [Suspect.IfNaN("NaN means ∞/∞ was computed: use e^z / (1 + e^z) only for z < 0")], 0);
        Activations.Sigmoid(double.NegativeInfinity).ShouldBeCloseTo(0, "σ(−∞) = e^−∞ / (1 + e^−∞) = 0", [Suspect.IfNaN("NaN means ∞/∞ was computed: use 1 / (1 + e^−z) only for z ≥ 0")], 0);
    }

    [Property(Arbitrary = [typeof(Generators)])]
    public void The_sigmoid_of_minus_z_is_one_minus_the_sigmoid_of_z(Logits logits) => Counterexample.At($"z = {logits}", () =>
    {
        foreach (var z in logits.Values)
        {
            Activations.Sigmoid(-z).ShouldBeCloseTo(1 - Activations.Sigmoid(z), $"σ(−z) = 1 / (1 + e^z) = e^−z / (e^−z + 1) = 1 − σ(z) for z = {z:R}");
        }
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void The_sigmoid_is_a_probability_that_grows_with_the_logit(Logits logits) => Counterexample.At($"z = {logits}", () =>
    {
        var sorted = logits.Values.Order().ToArray();
        var probabilities = sorted.Select(Activations.Sigmoid).ToArray();
        probabilities.Should().OnlyContain(p => p >= 0 && p <= 1, "σ maps every logit into [0, 1] (z = {0})", Show(sorted));
        probabilities.Should().BeInAscendingOrder("a larger logit never means a smaller probability (z = {0})", Show(sorted));
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void The_sigmoid_is_the_softmax_of_the_logit_against_zero(Logits logits) => Counterexample.At($"z = {logits}", () =>
    {
        foreach (var z in logits.Values)
        {
            Activations.Sigmoid(z).ShouldBeCloseTo(
                Oracle.Softmax(V(z, 0))[0], $"e^z / (e^z + e⁰) = σ(z): two-class softmax (the reference) with one logit fixed at 0 (z = {z:R})");
        }
    });

    [Fact]
    public void NaN_is_rejected() => BadLogits.SigmoidShouldRejectNaN();
}
