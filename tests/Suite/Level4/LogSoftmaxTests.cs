using FsCheck.Xunit;
using LossKata.Tests.Reference;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level4;

[Exercise("Activations.LogSoftmax")]
public sealed class LogSoftmaxTests
{
    /// <summary>Below this, softmax values are subnormal and carry too few digits for log(softmax) to be a reference.</summary>
    private const double SmallestComparableProbability = 1e-300;

    [Probe("Activations.LogSoftmax")]
    internal static void Probe()
    {
        Activations.LogSoftmax(V(1, 2, 3));
        Activations.LogSoftmax(M([[1, 2, 3]]));
    }

    public static TheoryData<string> PyTorchVectorCases => PyTorchLevels1To5.Names(PyTorchLevels1To5.LogitVectors);

    public static TheoryData<string> PyTorchMatrixCases => PyTorchLevels1To5.Names(PyTorchLevels1To5.LogitMatrices);

    [Theory]
    [MemberData(nameof(PyTorchVectorCases))]
    public void Agrees_with_PyTorch(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevels1To5.LogitVectors, name);
        Activations.LogSoftmax(V(reference.Z)).ShouldBeCloseTo(
            V(reference.LogSoftmax), $"F.log_softmax({Show(reference.Z)}, dim=0) ('{name}')",
            [.. ActivationSuspects.OfLogSoftmax(V(reference.Z)), Suspect.IfNaN("e^z overflowed: subtract max(z) first")]);
    }

    [Theory]
    [MemberData(nameof(PyTorchMatrixCases))]
    public void Agrees_with_PyTorch_row_by_row(string name)
    {
        var reference = PyTorchLevels1To5.Find(PyTorchLevels1To5.LogitMatrices, name);
        Activations.LogSoftmax(M(reference.Logits)).ShouldBeCloseTo(
            M(reference.LogSoftmax), $"F.log_softmax(logits, dim=1): each row (one sample) on its own ('{name}')", ActivationSuspects.OfLogSoftmax(M(reference.Logits)));
    }

    [Fact]
    public void A_very_negative_logit_keeps_its_finite_log_probability() =>
        // LSE(0, −1000) = 0 + ln(1 + e^−1000) = 0, so log-softmax = z − 0 = (0, −1000).
        Activations.LogSoftmax(V(0, -1000)).ShouldBeCloseTo(
            V(0, -1000), "softmax(z)₁ = e^−1000 underflows to 0 and ln 0 = −∞, but zᵢ − LSE(z) = −1000 is exact", ActivationSuspects.OfLogSoftmax(V(0, -1000)));

    [Property(Arbitrary = [typeof(Generators)])]
    public void Log_softmax_is_the_log_of_softmax_wherever_that_is_finite(Logits z) => Counterexample.At($"z = {z}", () =>
    {
        var logSoftmax = Activations.LogSoftmax(z.Vector);
        var softmax = Oracle.Softmax(z.Vector);
        for (var i = 0; i < softmax.Count; i++)
        {
            if (softmax[i] > SmallestComparableProbability)
            {
                logSoftmax[i].ShouldBeCloseTo(Math.Log(softmax[i]), $"log softmax(z)[{i}] = ln(softmax(z)[{i}]), with the reference softmax (z = {z})");
            }
        }
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void Log_softmax_is_the_logits_minus_their_log_sum_exp(Logits z) => Counterexample.At($"z = {z}", () =>
        Activations.LogSoftmax(z.Vector).ShouldBeCloseTo(
            z.Vector - Oracle.LogSumExp(z.Vector), $"log softmax(z)ᵢ = zᵢ − LSE(z), with the reference LSE (z = {z})"));

    [Property(Arbitrary = [typeof(Generators)])]
    public void The_exponentials_of_log_softmax_add_up_to_one(Logits z) => Counterexample.At($"z = {z}", () =>
    {
        var logSoftmax = Activations.LogSoftmax(z.Vector);
        logSoftmax.Count(double.IsNaN).Should().Be(
            0, "every log-probability zᵢ − LSE(z) is a number (log softmax gave {0} for z = {1})", Show(logSoftmax), z);
        Oracle.LogSumExp(logSoftmax).ShouldBeCloseTo(
            0, $"Σ e^(log softmax)ᵢ = Σ softmaxᵢ = 1, so the (reference) LSE(log softmax) = ln 1 = 0 (z = {z})");
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void Log_probabilities_are_never_positive_and_keep_the_order_of_the_logits(Logits z) => Counterexample.At($"z = {z}", () =>
    {
        var logSoftmax = Activations.LogSoftmax(z.Vector);
        var roundingAllowance = 1e-12 * Math.Max(1, Math.Abs(z.Values.Max()));
        for (var i = 0; i < logSoftmax.Count; i++)
        {
            logSoftmax[i].Should().BeLessThanOrEqualTo(roundingAllowance, "a probability is at most 1, its log at most 0 (index {0}, z = {1})", i, z);
        }

        logSoftmax.MaximumIndex().Should().Be(z.Vector.MaximumIndex(), "log-softmax subtracts the same LSE from every logit, so the largest stays the largest (z = {0})", z);
    });

    [Property(Arbitrary = [typeof(Generators)])]
    public void The_matrix_overload_is_the_vector_log_softmax_of_each_row(LabelledBatch batch) => Counterexample.At(batch, () =>
        Activations.LogSoftmax(batch.Logits).ShouldBeCloseTo(
            M(batch.Rows.Select(row => Activations.LogSoftmax(V(row)).ToArray()).ToArray()),
            $"one row per sample, each on its own ({batch})"));

    [Fact]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem()
    {
        BadLogits.VectorShouldBeRejected("Activations.LogSoftmax", Activations.LogSoftmax);
        BadLogits.MatrixShouldBeRejected("Activations.LogSoftmax", Activations.LogSoftmax);
    }
}
