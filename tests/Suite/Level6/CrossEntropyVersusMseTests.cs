using FluentAssertions.Execution;
using FsCheck.Xunit;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level6;

/// <summary>
/// "Cross-entropy gradients are larger than MSE's", made exact (docs/level-6-gradients.md): the bounds that hold,
/// where they are tight, the per-component claim that fails, saturation, and the race it leads to. Each bound relates
/// two exercises and is checked from each side: the learner's gradient of one loss against the reference gradient
/// (<see cref="Oracle"/>) of the other, so that a mistake costs only the exercise it is in.
/// </summary>
public sealed class CrossEntropyVersusMseTests
{
    /// <summary>
    /// The bounds are tight (equal at the tie points), where rounding may put the computed ratio on the wrong side
    /// of 1. Both sides are a handful of float64 operations on probabilities, each rounded to a unit in the last place
    /// (ulp) of 1 — of 1/N after a Mean — so the comparison allows 8 ulps of that scale. (A probability that rounds to
    /// 1 makes cross-entropy's sᵧ − 1 exactly 0 while MSE keeps a 1e-252 from sₖ²: a rounding artefact, not a
    /// counterexample.)
    /// </summary>
    private const int SlackUlps = 8;

    [Property(Arbitrary = [typeof(GradientGenerators)])]
    [Exercise("Gradients.SquaredErrorWrtLogitThroughSigmoid")]
    public void Sigmoid_bound_bce_gradient_is_at_least_twice_the_squared_error_gradient_as_sigma_one_minus_sigma_is_at_most_a_quarter(OneLogitCase binary) => Counterexample.At(binary, () =>
        SigmoidBoundShouldHold(Oracle.BinaryCrossEntropyWrtLogit(binary.Logit, binary.Target), Gradients.SquaredErrorWrtLogitThroughSigmoid(binary.Logit, binary.Target), binary, "the reference cross-entropy gradient"));

    [Property(Arbitrary = [typeof(GradientGenerators)])]
    [Exercise("Gradients.BinaryCrossEntropyWrtLogit")]
    public void Sigmoid_bound_seen_from_the_cross_entropy_side(OneLogitCase binary) => Counterexample.At(binary, () =>
        SigmoidBoundShouldHold(Gradients.BinaryCrossEntropyWrtLogit(binary.Logit, binary.Target), Oracle.SquaredErrorWrtLogitThroughSigmoid(binary.Logit, binary.Target), binary, "the reference squared-error gradient"));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [Exercise("Gradients.SquaredErrorWrtLogitThroughSigmoid")]
    public void Sigmoid_bound_is_tight_at_a_zero_logit(int target) =>
        // σ(0) = ½ makes σ(1 − σ) = ¼ exactly: |σ − y| = ½ and the squared-error gradient is ¼.
        (2 * Gradients.SquaredErrorWrtLogitThroughSigmoid(0, target)).ShouldBeCloseTo(
            Oracle.BinaryCrossEntropyWrtLogit(0, target), "at z = 0 the slope σ(1 − σ) reaches its maximum ¼, so twice the squared-error gradient equals the (reference) cross-entropy one, σ − y = ±½");

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [Exercise("Gradients.BinaryCrossEntropyWrtLogit")]
    public void Sigmoid_bound_is_tight_at_a_zero_logit_seen_from_the_cross_entropy_side(int target) =>
        Gradients.BinaryCrossEntropyWrtLogit(0, target).ShouldBeCloseTo(
            2 * Oracle.SquaredErrorWrtLogitThroughSigmoid(0, target), "at z = 0, σ − y = ±½ is exactly twice the (reference) squared-error gradient 2(σ − y)·¼");

    [Property(Arbitrary = [typeof(GradientGenerators)])]
    [Exercise("Gradients.MseThroughSoftmaxWrtLogits")]
    public void Gershgorin_bound_per_sample_the_cross_entropy_gradient_norm_is_at_least_the_mse_one(BatchCase batchCase) => Counterexample.At(batchCase, () =>
        GershgorinBoundShouldHold(Oracle.CrossEntropyWrtLogits(batchCase.Batch.Logits, batchCase.Batch.Labels, batchCase.Reduction), Mse(batchCase), batchCase, "the reference cross-entropy gradient"));

    [Property(Arbitrary = [typeof(GradientGenerators)])]
    [Exercise("Gradients.CrossEntropyWrtLogits")]
    public void Gershgorin_bound_seen_from_the_cross_entropy_side(BatchCase batchCase) => Counterexample.At(batchCase, () =>
        GershgorinBoundShouldHold(CrossEntropy(batchCase), Oracle.MseThroughSoftmaxWrtLogits(batchCase.Batch.Logits, batchCase.Batch.Labels, batchCase.Reduction), batchCase, "the reference MSE gradient"));

    [Property(Arbitrary = [typeof(GradientGenerators)])]
    [Exercise("Gradients.MseThroughSoftmaxWrtLogits")]
    public void Target_component_bound_cross_entropy_is_at_least_mse_at_the_target_with_the_same_sign(BatchCase batchCase) => Counterexample.At(batchCase, () =>
    {
        // ∂MSE/∂zᵧ = −2sᵧ((1 − sᵧ)² + Σₖ≠ᵧ sₖ²) ≥ −4sᵧ(1 − sᵧ)·(1 − sᵧ) ≥ −(1 − sᵧ) = ∂CE/∂zᵧ, and both are ≤ 0.
        var crossEntropy = Oracle.CrossEntropyWrtLogits(batchCase.Batch.Logits, batchCase.Batch.Labels, batchCase.Reduction);
        var mse = Mse(batchCase);
        var (factor, scale) = FactorAndScale(batchCase);
        for (var row = 0; row < crossEntropy.RowCount; row++)
        {
            var target = batchCase.Batch.Labels[row];
            ShouldBeAtLeast(-crossEntropy[row, target], -factor * mse[row, target], scale,
                $"{batchCase}: at the target both gradients are ≤ 0 and |∂MSE/∂zᵧ| ≤ 4sᵧ(1 − sᵧ)·(1 − sᵧ) ≤ 1 − sᵧ, the reference cross-entropy gradient; " +
                $"row {row}, factor {factor} for {batchCase.Reduction}; reference cross-entropy {Show(crossEntropy)}, your MSE {Show(mse)}");
            mse[row, target].Should().BeLessThanOrEqualTo(0, "({0}) MSE through softmax also pushes the target's logit up", batchCase);
        }
    });

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(3.7, 1)]
    [InlineData(-1000.0, 0)]
    [Exercise("Gradients.MseThroughSoftmaxWrtLogits")]
    public void Both_softmax_bounds_are_equalities_for_two_tied_classes(double logit, int target)
    {
        // s = [½, ½]: s − t = ±[−½, ½] is the eigenvector of J = ¼[[1, −1], [−1, 1]] with eigenvalue ½, so 2J(s − t) = s − t.
        var tie = TiedPair(logit, target);
        Mse(tie).ShouldBeCloseTo(
            Oracle.CrossEntropyWrtLogits(tie.Batch.Logits, tie.Batch.Labels, tie.Reduction),
            "two tied classes put s − t on J's eigenvector with the largest eigenvalue, ½, so MSE's gradient equals the (reference) cross-entropy one");
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(3.7, 1)]
    [InlineData(-1000.0, 0)]
    [Exercise("Gradients.CrossEntropyWrtLogits")]
    public void Both_softmax_bounds_are_equalities_for_two_tied_classes_seen_from_the_cross_entropy_side(double logit, int target)
    {
        var tie = TiedPair(logit, target);
        CrossEntropy(tie).ShouldBeCloseTo(
            Oracle.MseThroughSoftmaxWrtLogits(tie.Batch.Logits, tie.Batch.Labels, tie.Reduction),
            "two tied classes give s − t = ±[−½, ½], equal to the (reference) MSE gradient 2J(s − t) there");
    }

    [Fact]
    [Exercise("Gradients.MseThroughSoftmaxWrtLogits")]
    public void Per_component_the_claim_fails_with_three_classes()
    {
        // z = [0, 0, 10], y = 0: s ≈ [4.54e-5, 4.54e-5, 0.99991]. Cross-entropy's class-1 component is s₁ ≈ +4.54e-5;
        // MSE's is 2s₁(s₁ − Σₖ sₖ² + s₀) ≈ −2·s₁·0.99982 ≈ −9.08e-5: twice as large, and of the opposite sign.
        var logits = M([[0, 0, 10]]);
        var crossEntropy = Oracle.CrossEntropyWrtLogits(logits, [0], Reduction.Sum);
        var mse = Gradients.MseThroughSoftmaxWrtLogits(logits, [0], Reduction.Sum);

        Math.Abs(mse[0, 1]).Should().BeGreaterThan(Math.Abs(crossEntropy[0, 1]),
            "on a class that is neither the target nor the leader, MSE's gradient ({0:G4}) outgrows (the reference) cross-entropy's ({1:G4})", mse[0, 1], crossEntropy[0, 1]);
        (mse[0, 1] / crossEntropy[0, 1]).Should().BeApproximately(-2, 1e-3,
            "s₁ − Σₖ sₖ² + s₀ ≈ −s₂² ≈ −1, so the ratio is 2·(−1) ≈ −2");
        Math.Abs(crossEntropy[0, 0]).Should().BeGreaterThan(Math.Abs(mse[0, 0]), "at the target cross-entropy still wins");
        crossEntropy.Row(0).L2Norm().Should().BeGreaterThan(mse.Row(0).L2Norm(), "and so does the norm");
    }

    [Fact]
    [Exercise("Gradients.SquaredErrorWrtLogitThroughSigmoid")]
    public void Saturation_a_confidently_wrong_logit_leaves_mse_without_a_gradient_but_not_cross_entropy()
    {
        // z = −15, y = 1: σ ≈ 3.06e-7. Cross-entropy: σ − 1 ≈ −0.9999997. Squared error: 2(σ − 1)·σ(1 − σ) ≈ −6.1e-7.
        Math.Abs(Gradients.SquaredErrorWrtLogitThroughSigmoid(-15, 1)).Should().BeLessThan(1e-6,
            "the sigmoid's slope σ(1 − σ) ≈ 3e-7 at z = −15 multiplies the squared-error gradient");
        Math.Abs(Oracle.BinaryCrossEntropyWrtLogit(-15, 1)).Should().BeGreaterThan(0.99,
            "cross-entropy's log cancels the sigmoid's slope, leaving σ − y ≈ −1 (the reference gradient)");
    }

    [Fact]
    [Exercise("Gradients.BinaryCrossEntropyWrtLogit")]
    public void Saturation_seen_from_the_cross_entropy_side() =>
        Gradients.BinaryCrossEntropyWrtLogit(-15, 1).Should().BeLessThan(-0.99,
            "at z = −15, y = 1 the log cancels the sigmoid's slope ≈ 3e-7 and leaves σ − y ≈ −1, full strength, where squared error's gradient is ≈ −6e-7");

    [Fact]
    [Exercise("Gradients.SquaredErrorWrtLogitThroughSigmoid")]
    public void Race_from_a_confidently_wrong_start_cross_entropy_reaches_ninety_percent_first()
    {
        // Plain gradient descent on one logit, z₀ = −6 (σ ≈ 0.0025), y = 1, learning rate 1, until σ(z) > 0.9.
        var crossEntropySteps = StepsToConfidence(Oracle.BinaryCrossEntropyWrtLogit);
        var squaredErrorSteps = StepsToConfidence(Gradients.SquaredErrorWrtLogitThroughSigmoid);

        crossEntropySteps.Should().BeLessThan(squaredErrorSteps,
            "cross-entropy (the reference) starts with a gradient near −1 where squared error's is near −0.005 ({0} steps against {1})",
            crossEntropySteps, squaredErrorSteps);
        squaredErrorSteps.Should().Be(249, "docs/level-6-gradients.md's race: squared error needs 249 steps of learning rate 1 from z = −6 to σ > 0.9");
    }

    [Fact]
    [Exercise("Gradients.BinaryCrossEntropyWrtLogit")]
    public void Race_seen_from_the_cross_entropy_side()
    {
        var crossEntropySteps = StepsToConfidence(Gradients.BinaryCrossEntropyWrtLogit);
        var squaredErrorSteps = StepsToConfidence(Oracle.SquaredErrorWrtLogitThroughSigmoid);

        crossEntropySteps.Should().BeLessThan(squaredErrorSteps,
            "from z = −6, y = 1, your cross-entropy gradient must reach σ > 0.9 before the reference squared error ({0} steps against {1})",
            crossEntropySteps, squaredErrorSteps);
        crossEntropySteps.Should().Be(17, "docs/level-6-gradients.md's race: cross-entropy needs 17 steps of learning rate 1 from z = −6 to σ > 0.9");
    }

    private static void SigmoidBoundShouldHold(double crossEntropyGradient, double squaredErrorGradient, OneLogitCase binary, string other) =>
        // |2(σ − y)·σ(1 − σ)| ≤ 2·|σ − y|·¼, so |σ − y| ≥ 2·|squared-error gradient|.
        ShouldBeAtLeast(Math.Abs(crossEntropyGradient), 2 * Math.Abs(squaredErrorGradient), scale: 1,
            $"{binary}: σ(1 − σ) ≤ ¼ bounds the squared-error gradient by half the cross-entropy one ({other}); cross-entropy {crossEntropyGradient:R}, squared error {squaredErrorGradient:R}");

    private static void GershgorinBoundShouldHold(Matrix<double> crossEntropy, Matrix<double> mse, BatchCase batchCase, string other)
    {
        // Sum: ‖s − t‖ ≥ ‖2J(s − t)‖ since J's eigenvalues lie in [0, ½]; Mean: cross-entropy divides by N, MSE by N·C.
        var (factor, scale) = FactorAndScale(batchCase);
        for (var row = 0; row < crossEntropy.RowCount; row++)
        {
            ShouldBeAtLeast(crossEntropy.Row(row).L2Norm(), factor * mse.Row(row).L2Norm(), scale,
                $"{batchCase}: the softmax Jacobian diag(s) − s sᵀ has eigenvalues in [0, ½] (Gershgorin), so ‖2J(s − t)‖ ≤ ‖s − t‖ ({other}); " +
                $"row {row}, factor {factor} for {batchCase.Reduction}; cross-entropy {Show(crossEntropy)}, MSE {Show(mse)}");
        }
    }

    private static BatchCase TiedPair(double logit, int target) => new(new LabelledBatch([[logit, logit]], [target]), Reduction.Sum);

    private static Matrix<double> CrossEntropy(BatchCase batchCase) =>
        Gradients.CrossEntropyWrtLogits(batchCase.Batch.Logits, batchCase.Batch.Labels, batchCase.Reduction);

    private static Matrix<double> Mse(BatchCase batchCase) =>
        Gradients.MseThroughSoftmaxWrtLogits(batchCase.Batch.Logits, batchCase.Batch.Labels, batchCase.Reduction);

    private static int StepsToConfidence(Func<double, double, double> gradient)
    {
        const double learningRate = 1;
        const int giveUpAfter = 100_000;
        var logit = -6.0;
        var steps = 0;
        while (LossesWrittenOut.Sigmoid(logit) <= 0.9)
        {
            steps.Should().BeLessThan(giveUpAfter, "gradient descent from z = −6 must reach σ > 0.9 (stuck at z = {0})", logit);
            logit -= learningRate * gradient(logit, 1);
            steps++;
        }

        return steps;
    }

    /// <summary>With Mean, cross-entropy divides by N and MSE by N·C: the MSE side is multiplied by C, and both are
    /// on the scale 1/N.</summary>
    private static (int Factor, double Scale) FactorAndScale(BatchCase batchCase) =>
        batchCase.Reduction == Reduction.Mean
            ? (batchCase.Batch.Classes, 1.0 / batchCase.Batch.Rows.Length)
            : (1, 1.0);

    /// <summary>larger ≥ smaller, up to <see cref="SlackUlps"/> ulps of max(|smaller|, scale); never a strict &gt;.</summary>
    private static void ShouldBeAtLeast(double larger, double smaller, double scale, string because)
    {
        // FluentAssertions rejects a NaN bound with an ArgumentException; say instead which side is not a number.
        Execute.Assertion
            .BecauseOf(because)
            .ForCondition(!double.IsNaN(larger) && !double.IsNaN(smaller))
            .FailWith("Expected two numbers to compare{reason}, but got {0} and {1}.", larger, smaller);
        var magnitude = Math.Max(Math.Abs(smaller), scale);
        var slack = SlackUlps * (Math.BitIncrement(magnitude) - magnitude);
        larger.Should().BeGreaterThanOrEqualTo(smaller - slack, because);
    }
}
