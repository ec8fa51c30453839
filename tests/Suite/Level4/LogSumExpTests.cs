using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level4;

[Exercise("Activations.LogSumExp")]
public sealed class LogSumExpTests
{
    [Probe("Activations.LogSumExp")]
    internal static void Probe() => Activations.LogSumExp(V(1, 2, 3));

    public static TheoryData<string> PyTorchCases => PyTorchLevels1To5.Names(PyTorchLevels1To5.LogitVectors);

    [Theory]
    [MemberData(nameof(PyTorchCases))]
    public void Agrees_with_PyTorch(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevels1To5.LogitVectors, name);
        Activations.LogSumExp(V(reference.Z)).ShouldBeCloseTo(
            reference.LogSumExp, $"torch.logsumexp({Show(reference.Z)}) ('{name}')",
            ActivationSuspects.OfLogSumExp(V(reference.Z)));
    }

    [Fact]
    public void Small_logits_match_the_value_worked_out_by_hand() =>
        // ln(e + e² + e³) = 3 + ln(e⁻² + e⁻¹ + 1) = 3 + ln 1.5032147 = 3.4076060
        Activations.LogSumExp(V(1, 2, 3)).ShouldBeCloseTo(3.4076059644443806, "LSE = m + ln Σ e^(zᵢ − m) with m = 3", ActivationSuspects.OfLogSumExp(V(1, 2, 3)));

    [Fact]
    public void Two_logits_of_1000_give_1000_plus_ln_2_not_infinity() =>
        Activations.LogSumExp(V(1000, 1000)).ShouldBeCloseTo(
            1000 + Math.Log(2), "e^1000 overflows to ∞; m + ln(e⁰ + e⁰) with m = 1000 gives 1000 + ln 2", ActivationSuspects.OfLogSumExp(V(1000, 1000)));

    [Fact]
    public void Three_logits_of_minus_1000_give_minus_1000_plus_ln_3_not_minus_infinity() =>
        Activations.LogSumExp(V(-1000, -1000, -1000)).ShouldBeCloseTo(
            -1000 + Math.Log(3), "e^−1000 underflows to 0 and ln 0 = −∞; subtracting m = −1000 keeps every term at e⁰", ActivationSuspects.OfLogSumExp(V(-1000, -1000, -1000)));

    [Fact]
    public void A_minus_infinite_logit_contributes_nothing() =>
        Activations.LogSumExp(V(0, double.NegativeInfinity)).Should().Be(0, "e^−∞ = 0, so LSE(0, −∞) = ln e⁰ = 0");

    [Property(Arbitrary = [typeof(Generators)])]
    public void LSE_lies_between_the_max_and_the_max_plus_log_n(Logits z) => Counterexample.At($"z = {z}", () =>
    {
        // e^m ≤ Σ e^zᵢ ≤ n·e^m, then take logs.
        var max = z.Values.Max();
        var lse = Activations.LogSumExp(z.Vector);
        var slack = 1e-12 * Math.Max(1, Math.Abs(max));
        lse.Should().BeGreaterThanOrEqualTo(max - slack, "the largest term alone gives e^max (z = {0})", z);
        lse.Should().BeLessThanOrEqualTo(max + Math.Log(z.Values.Length) + slack, "n terms each at most e^max give n·e^max (z = {0})", z);
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void LSE_is_the_largest_logit_minus_its_log_softmax(Logits z) => Counterexample.At($"z = {z}", () =>
    {
        // log softmax(z)ᵢ = zᵢ − LSE(z), read at the largest logit, where the reference log-softmax is closest to 0.
        var largest = z.Vector.MaximumIndex();
        Activations.LogSumExp(z.Vector).ShouldBeCloseTo(
            z.Values[largest] - Oracle.LogSoftmax(z.Vector)[largest], $"LSE(z) = zᵢ − log softmax(z)ᵢ, with the reference log-softmax, at i = {largest} (z = {z})");
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void The_LSE_of_a_logit_and_zero_is_minus_the_log_of_a_sigmoid(Logits logits) => Counterexample.At($"z = {logits}", () =>
    {
        // ln(e^z + e⁰) = z − ln σ(z) = −ln σ(−z); each form is read where its σ is at least ½, so no log of 0 is taken.
        foreach (var z in logits.Values)
        {
            var expected = z >= 0 ? z - Math.Log(Oracle.Sigmoid(z)) : -Math.Log(Oracle.Sigmoid(-z));
            Activations.LogSumExp(V(z, 0)).ShouldBeCloseTo(expected, $"LSE(z, 0) = ln(1 + e^z), from the reference sigmoid (z = {z:R})");
        }
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void Adding_a_constant_to_every_logit_adds_it_to_LSE(Logits z, int shift) => Counterexample.At($"z = {z}, c = {shift}", () =>
        Activations.LogSumExp(z.Vector + shift).ShouldBeCloseTo(
            Activations.LogSumExp(z.Vector) + shift, $"ln Σ e^(zᵢ + c) = c + ln Σ e^zᵢ (z = {z}, c = {shift})"));

    [Property(Arbitrary = [typeof(Generators)])]
    public void The_LSE_of_one_logit_is_that_logit(Logits z) => Counterexample.At($"z = {z}", () =>
        Activations.LogSumExp(V(z.Values[0])).ShouldBeCloseTo(z.Values[0], $"ln e^z = z (z = {z.Values[0]:R})"));

    [Fact]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem() =>
        BadLogits.VectorShouldBeRejected("Activations.LogSumExp", Activations.LogSumExp);
}
