using FsCheck.Xunit;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level6;

/// <summary>
/// "Cross-entropy gradients are larger than MSE's", made exact (docs/level-6-gradients.md): the bounds that hold,
/// where they are tight, the per-component claim that fails, saturation, and the race it leads to.
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
    [Requires("Gradients.BinaryCrossEntropyWrtLogit")]
    public void Sigmoid_bound_bce_gradient_is_at_least_twice_the_squared_error_gradient_as_sigma_one_minus_sigma_is_at_most_a_quarter(OneLogitCase binary)
    {
        // |2(σ − y)·σ(1 − σ)| ≤ 2·|σ − y|·¼, so |σ − y| ≥ 2·|squared-error gradient|.
        var crossEntropy = Math.Abs(Gradients.BinaryCrossEntropyWrtLogit(binary.Logit, binary.Target));
        var squaredError = Math.Abs(Gradients.SquaredErrorWrtLogitThroughSigmoid(binary.Logit, binary.Target));
        ShouldBeAtLeast(crossEntropy, 2 * squaredError, scale: 1,
            $"σ(1 − σ) ≤ ¼ bounds the squared-error gradient by half the cross-entropy one ({binary})");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [Exercise("Gradients.SquaredErrorWrtLogitThroughSigmoid")]
    [Requires("Gradients.BinaryCrossEntropyWrtLogit")]
    public void Sigmoid_bound_is_tight_at_a_zero_logit(int target) =>
        // σ(0) = ½ makes σ(1 − σ) = ¼ exactly: |σ − y| = ½ and the squared-error gradient is ¼.
        (2 * Gradients.SquaredErrorWrtLogitThroughSigmoid(0, target)).ShouldBeCloseTo(
            Gradients.BinaryCrossEntropyWrtLogit(0, target), "at z = 0 the slope σ(1 − σ) reaches its maximum ¼, so the bound is an equality");

    [Property(Arbitrary = [typeof(GradientGenerators)])]
    [Exercise("Gradients.MseThroughSoftmaxWrtLogits")]
    [Requires("Gradients.CrossEntropyWrtLogits")]
    public void Gershgorin_bound_per_sample_the_cross_entropy_gradient_norm_is_at_least_the_mse_one(BatchCase batchCase)
    {
        // Sum: ‖s − t‖ ≥ ‖2J(s − t)‖ since J's eigenvalues lie in [0, ½]; Mean: cross-entropy divides by N, MSE by N·C.
        var (crossEntropy, mse) = BothGradients(batchCase);
        var (factor, scale) = FactorAndScale(batchCase);
        for (var row = 0; row < crossEntropy.RowCount; row++)
        {
            ShouldBeAtLeast(crossEntropy.Row(row).L2Norm(), factor * mse.Row(row).L2Norm(), scale,
                $"the softmax Jacobian diag(s) − s sᵀ has eigenvalues in [0, ½] (Gershgorin), so ‖2J(s − t)‖ ≤ ‖s − t‖; " +
                $"row {row}, factor {factor} for {batchCase.Reduction}; cross-entropy {Show(crossEntropy)}, MSE {Show(mse)}, {batchCase}");
        }
    }

    [Property(Arbitrary = [typeof(GradientGenerators)])]
    [Exercise("Gradients.MseThroughSoftmaxWrtLogits")]
    [Requires("Gradients.CrossEntropyWrtLogits")]
    public void Target_component_bound_cross_entropy_is_at_least_mse_at_the_target_with_the_same_sign(BatchCase batchCase)
    {
        // ∂MSE/∂zᵧ = −2sᵧ((1 − sᵧ)² + Σₖ≠ᵧ sₖ²) ≥ −4sᵧ(1 − sᵧ)·(1 − sᵧ) ≥ −(1 − sᵧ) = ∂CE/∂zᵧ, and both are ≤ 0.
        var (crossEntropy, mse) = BothGradients(batchCase);
        var (factor, scale) = FactorAndScale(batchCase);
        for (var row = 0; row < crossEntropy.RowCount; row++)
        {
            var target = batchCase.Batch.Labels[row];
            ShouldBeAtLeast(-crossEntropy[row, target], -factor * mse[row, target], scale,
                $"at the target both gradients are ≤ 0 and |∂MSE/∂zᵧ| ≤ 4sᵧ(1 − sᵧ)·(1 − sᵧ) ≤ 1 − sᵧ; " +
                $"row {row}, factor {factor} for {batchCase.Reduction}; cross-entropy {Show(crossEntropy)}, MSE {Show(mse)}, {batchCase}");
            mse[row, target].Should().BeLessThanOrEqualTo(0, "MSE through softmax also pushes the target's logit up ({0})", batchCase);
        }
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(3.7, 1)]
    [InlineData(-1000.0, 0)]
    [Exercise("Gradients.MseThroughSoftmaxWrtLogits")]
    [Requires("Gradients.CrossEntropyWrtLogits")]
    public void Both_softmax_bounds_are_equalities_for_two_tied_classes(double logit, int target)
    {
        // s = [½, ½]: s − t = ±[−½, ½] is the eigenvector of J = ¼[[1, −1], [−1, 1]] with eigenvalue ½, so 2J(s − t) = s − t.
        var tie = new BatchCase(new LabelledBatch([[logit, logit]], [target]), Reduction.Sum);
        var (crossEntropy, mse) = BothGradients(tie);
        mse.ShouldBeCloseTo(crossEntropy, "two tied classes put s − t on J's eigenvector with the largest eigenvalue, ½");
    }

    [Fact]
    [Exercise("Gradients.MseThroughSoftmaxWrtLogits")]
    [Requires("Gradients.CrossEntropyWrtLogits")]
    public void Per_component_the_claim_fails_with_three_classes()
    {
        // z = [0, 0, 10], y = 0: s ≈ [4.54e-5, 4.54e-5, 0.99991]. Cross-entropy's class-1 component is s₁ ≈ +4.54e-5;
        // MSE's is 2s₁(s₁ − Σₖ sₖ² + s₀) ≈ −2·s₁·0.99982 ≈ −9.08e-5: twice as large, and of the opposite sign.
        var logits = M([[0, 0, 10]]);
        var crossEntropy = Gradients.CrossEntropyWrtLogits(logits, [0], Reduction.Sum);
        var mse = Gradients.MseThroughSoftmaxWrtLogits(logits, [0], Reduction.Sum);

        Math.Abs(mse[0, 1]).Should().BeGreaterThan(Math.Abs(crossEntropy[0, 1]),
            "on a class that is neither the target nor the leader, MSE's gradient ({0:G4}) outgrows cross-entropy's ({1:G4})", mse[0, 1], crossEntropy[0, 1]);
        (mse[0, 1] / crossEntropy[0, 1]).Should().BeApproximately(-2, 1e-3,
            "s₁ − Σₖ sₖ² + s₀ ≈ −s₂² ≈ −1, so the ratio is 2·(−1) ≈ −2");
        Math.Abs(crossEntropy[0, 0]).Should().BeGreaterThan(Math.Abs(mse[0, 0]), "at the target cross-entropy still wins");
        crossEntropy.Row(0).L2Norm().Should().BeGreaterThan(mse.Row(0).L2Norm(), "and so does the norm");
    }

    [Fact]
    [Exercise("Gradients.SquaredErrorWrtLogitThroughSigmoid")]
    [Requires("Gradients.BinaryCrossEntropyWrtLogit")]
    public void Saturation_a_confidently_wrong_logit_leaves_mse_without_a_gradient_but_not_cross_entropy()
    {
        // z = −15, y = 1: σ ≈ 3.06e-7. Cross-entropy: σ − 1 ≈ −0.9999997. Squared error: 2(σ − 1)·σ(1 − σ) ≈ −6.1e-7.
        Math.Abs(Gradients.SquaredErrorWrtLogitThroughSigmoid(-15, 1)).Should().BeLessThan(1e-6,
            "the sigmoid's slope σ(1 − σ) ≈ 3e-7 at z = −15 multiplies the squared-error gradient");
        Math.Abs(Gradients.BinaryCrossEntropyWrtLogit(-15, 1)).Should().BeGreaterThan(0.99,
            "cross-entropy's log cancels the sigmoid's slope, leaving σ − y ≈ −1");
    }

    [Fact]
    [Exercise("Gradients.SquaredErrorWrtLogitThroughSigmoid")]
    [Requires("Gradients.BinaryCrossEntropyWrtLogit")]
    public void Race_from_a_confidently_wrong_start_cross_entropy_reaches_ninety_percent_first()
    {
        // Plain gradient descent on one logit, z₀ = −6 (σ ≈ 0.0025), y = 1, learning rate 1, until σ(z) > 0.9.
        var crossEntropySteps = StepsToConfidence(Gradients.BinaryCrossEntropyWrtLogit);
        var squaredErrorSteps = StepsToConfidence(Gradients.SquaredErrorWrtLogitThroughSigmoid);

        crossEntropySteps.Should().BeLessThan(squaredErrorSteps,
            "cross-entropy starts with a gradient near −1 where squared error's is near −0.005 ({0} steps against {1})",
            crossEntropySteps, squaredErrorSteps);
    }

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

    private static (Matrix<double> CrossEntropy, Matrix<double> Mse) BothGradients(BatchCase batchCase) =>
        (Gradients.CrossEntropyWrtLogits(batchCase.Batch.Logits, batchCase.Batch.Labels, batchCase.Reduction),
         Gradients.MseThroughSoftmaxWrtLogits(batchCase.Batch.Logits, batchCase.Batch.Labels, batchCase.Reduction));

    /// <summary>With Mean, cross-entropy divides by N and MSE by N·C: the MSE side is multiplied by C, and both are
    /// on the scale 1/N.</summary>
    private static (int Factor, double Scale) FactorAndScale(BatchCase batchCase) =>
        batchCase.Reduction == Reduction.Mean
            ? (batchCase.Batch.Classes, 1.0 / batchCase.Batch.Rows.Length)
            : (1, 1.0);

    /// <summary>larger ≥ smaller, up to <see cref="SlackUlps"/> ulps of max(|smaller|, scale); never a strict &gt;.</summary>
    private static void ShouldBeAtLeast(double larger, double smaller, double scale, string because)
    {
        var magnitude = Math.Max(Math.Abs(smaller), scale);
        var slack = SlackUlps * (Math.BitIncrement(magnitude) - magnitude);
        larger.Should().BeGreaterThanOrEqualTo(smaller - slack, because);
    }
}
