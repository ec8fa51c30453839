using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level4;

[Exercise("Activations.Softmax")]
public sealed class SoftmaxTests
{
    [Probe("Activations.Softmax")]
    internal static void Probe()
    {
        Activations.Softmax(V(1, 2, 3));
        Activations.Softmax(M([[1, 2, 3]]));
    }

    public static TheoryData<string> PyTorchVectorCases => PyTorchLevels1To5.Names(PyTorchLevels1To5.LogitVectors);

    public static TheoryData<string> PyTorchMatrixCases => PyTorchLevels1To5.Names(PyTorchLevels1To5.LogitMatrices);

    [Theory]
    [MemberData(nameof(PyTorchVectorCases))]
    public void Agrees_with_PyTorch(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevels1To5.LogitVectors, name);
        Activations.Softmax(V(reference.Z)).ShouldBeCloseTo(
            V(reference.Softmax), $"F.softmax({Show(reference.Z)}, dim=0) ('{name}')",
            [.. ActivationSuspects.OfSoftmax(V(reference.Z)), Suspect.IfNaN("e^z overflowed (∞/∞) or underflowed (0/0): subtract max(z) first")]);
    }

    [Theory]
    [MemberData(nameof(PyTorchMatrixCases))]
    public void Agrees_with_PyTorch_row_by_row(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevels1To5.LogitMatrices, name);
        Activations.Softmax(M(reference.Logits)).ShouldBeCloseTo(
            M(reference.Softmax), $"F.softmax(logits, dim=1): each row (one sample) is normalised on its own ('{name}')", ActivationSuspects.OfSoftmax(M(reference.Logits)));
    }

    [Fact]
    public void Small_logits_match_the_values_worked_out_by_hand() =>
        // e^(zᵢ − 3) / (e⁻² + e⁻¹ + 1) = (0.1353353, 0.3678794, 1) / 1.5032147
        Activations.Softmax(V(1, 2, 3)).ShouldBeCloseTo(
            V(0.09003057317038046, 0.24472847105479764, 0.66524095577481770), "softmax(z)ᵢ = e^zᵢ / Σⱼ e^zⱼ", ActivationSuspects.OfSoftmax(V(1, 2, 3)));

    [Fact]
    public void A_logit_of_1000_gives_probability_one_not_NaN() =>
        Activations.Softmax(V(1000, 0)).ShouldBeCloseTo(
            V(1, 0), "e^1000 / (e^1000 + 1) is ∞/∞ = NaN when computed directly; after subtracting max(z) it is 1 / (1 + e^−1000)", ActivationSuspects.OfSoftmax(V(1000, 0)));

    [Fact]
    public void Equal_logits_give_the_uniform_distribution() =>
        Activations.Softmax(V(-1000, -1000, -1000, -1000)).ShouldBeCloseTo(
            V(0.25, 0.25, 0.25, 0.25), "four equal logits share the probability equally, even where e^z underflows (0/0 = NaN without the max)");

    [Property(Arbitrary = [typeof(Generators)])]
    public void Softmax_is_a_probability_distribution(Logits z) => Counterexample.At($"z = {z}", () =>
    {
        var softmax = Activations.Softmax(z.Vector);
        softmax.Should().OnlyContain(p => p >= 0 && p <= 1, "every e^zᵢ / Σ e^zⱼ lies in [0, 1] (z = {0})", z);
        softmax.Sum().ShouldBeCloseTo(1, $"the probabilities add up to 1 (z = {z})", 1e-12);
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void Softmax_is_the_exponential_of_the_logits_minus_their_log_sum_exp(Logits z) => Counterexample.At($"z = {z}", () =>
        Activations.Softmax(z.Vector).ShouldBeCloseTo(
            (z.Vector - Oracle.LogSumExp(z.Vector)).PointwiseExp(), $"softmax(z)ᵢ = e^(zᵢ − LSE(z)), with the reference LSE (z = {z})"));

    [Property(Arbitrary = [typeof(Generators)])]
    public void Two_class_softmax_is_the_sigmoid_of_the_difference_of_the_logits(Logits logits) => Counterexample.At($"z = {logits}", () =>
    {
        foreach (var z in logits.Values)
        {
            Activations.Softmax(V(z, 0))[0].ShouldBeCloseTo(
                Oracle.Sigmoid(z), $"e^z / (e^z + e⁰) = σ(z), the reference sigmoid (z = {z:R})");
        }
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void Adding_a_constant_to_every_logit_does_not_change_softmax(Logits z, int shift) => Counterexample.At($"z = {z}, c = {shift}", () =>
        Activations.Softmax(z.Vector + shift).ShouldBeCloseTo(
            Activations.Softmax(z.Vector), $"e^(zᵢ + c) / Σ e^(zⱼ + c) = e^zᵢ / Σ e^zⱼ: e^c cancels (z = {z}, c = {shift})"));

    [Property(Arbitrary = [typeof(Generators)])]
    public void The_matrix_overload_is_the_vector_softmax_of_each_row(LabelledBatch batch) => Counterexample.At(batch, () =>
    {
        var softmax = Activations.Softmax(batch.Logits);
        softmax.ShouldBeCloseTo(
            M(batch.Rows.Select(row => Activations.Softmax(V(row)).ToArray()).ToArray()),
            $"one row per sample, each normalised on its own, never across the batch ({batch})");
    });

    [Fact]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem()
    {
        BadLogits.VectorShouldBeRejected("Activations.Softmax", Activations.Softmax);
        BadLogits.MatrixShouldBeRejected("Activations.Softmax", Activations.Softmax);
    }
}
