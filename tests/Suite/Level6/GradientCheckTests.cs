using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level6;

[Exercise("GradientCheck")]
public sealed class GradientCheckTests
{
    [Probe("GradientCheck")]
    internal static void Probe()
    {
        GradientCheck.Numerical(x => x[0] * x[0], V(1));
        GradientCheck.Numerical(x => x[0, 0] * x[0, 0], M([[1]]));
        GradientCheck.MaxRelativeError(M([[1]]), M([[1]]));
    }

    [Fact]
    public void Central_differences_of_a_cubic_are_off_by_exactly_the_step_squared()
    {
        // ((x + h)³ − (x − h)³) / 2h = 3x² + h²: the error of a central difference is h², with no term in h.
        // A forward difference ((x + h)³ − x³) / h = 3x² + 3xh + h² would be off by 3xh = 3e-3 at x = 1, h = 1e-3.
        const double step = 1e-3;
        static double Cubes(Vector<double> x) => x.Sum(value => value * value * value);
        var at = V(1, -2, 0.5);
        Vector<double> Differences(Func<Vector<double>, int, double> difference) => Vector<double>.Build.Dense(at.Count, i => difference(at, i));
        Vector<double> Moved(Vector<double> x, int i, double by)
        {
            var moved = x.Clone();
            moved[i] += by;
            return moved;
        }

        GradientCheck.Numerical(Cubes, at, step).ShouldBeCloseTo(
            V(3 + step * step, 12 + step * step, 0.75 + step * step),
            "d/dxᵢ Σ xⱼ³ = 3xᵢ², and the central difference adds exactly h² = 1e-6 (rounding ≈ 1e-13 at this step)",
            [
                Suspect.Gives(Differences((x, i) => (Cubes(Moved(x, i, step)) - Cubes(Moved(x, i, -step))) / step),
                    "the central difference is divided by h instead of 2h, which doubles every derivative: here 2·(3xᵢ² + h²) for 3xᵢ² + h²"),
                Suspect.Gives(Differences((x, i) => (Cubes(Moved(x, i, step)) - Cubes(x)) / step),
                    "a forward difference (f(x + h) − f(x))/h is used: its error 3xᵢh is O(h), where the central difference's is O(h²)"),
            ],
            1e-10);
    }

    [Fact]
    public void The_default_step_is_small_enough_for_ten_digits()
    {
        // At h = 1e-5 the error h² = 1e-10 is within the tolerance; the rounding error ε·|f|/h ≈ 1e-10 as well.
        GradientCheck.Numerical(x => Math.Sin(x[0]) + Math.Exp(x[1]), V(0.3, -1)).ShouldBeCloseTo(
            V(Math.Cos(0.3), Math.Exp(-1)), "the gradient of sin x₀ + exp x₁ is [cos x₀, exp x₁]; h = 1e-5 leaves an error near 1e-10", 1e-9);
    }

    [Fact]
    public void The_matrix_gradient_keeps_every_element_in_its_place()
    {
        // f(X) = Σᵢⱼ wᵢⱼ Xᵢⱼ² with different weights everywhere: ∂f/∂Xᵢⱼ = 2wᵢⱼXᵢⱼ, exact for a quadratic up to rounding.
        // A 2×3 matrix catches a transposed or row/column-swapped result.
        var weights = M([[1, 2, 3], [4, 5, 6]]);
        var x = M([[0.5, -1, 2], [1.5, 0.25, -3]]);
        GradientCheck.Numerical(m => m.PointwiseMultiply(m).PointwiseMultiply(weights).Enumerate().Sum(), x).ShouldBeCloseTo(
            2 * weights.PointwiseMultiply(x), "∂/∂Xᵢⱼ of Σ wᵢⱼXᵢⱼ² is 2wᵢⱼXᵢⱼ, in the same row and column as Xᵢⱼ", 1e-8);
    }

    [Fact]
    public void The_point_is_left_as_it_was()
    {
        var vector = V(1, 2, 3);
        var matrix = M([[1, 2], [3, 4]]);
        GradientCheck.Numerical(x => x.Sum(), vector);
        GradientCheck.Numerical(x => x.Enumerate().Sum(), matrix);
        vector.Should().Equal(V(1, 2, 3), "the caller's vector must not be left perturbed by ±h");
        matrix.Should().Be(M([[1, 2], [3, 4]]), "the caller's matrix must not be left perturbed by ±h");
    }

    [Fact]
    public void The_relative_error_is_the_largest_difference_over_the_larger_magnitude() =>
        // |1 − 1.1| / 1.1 = 1/11; |−2 − (−2)| = 0; both 0 counts as 0; |4 − 5| / 5 = 0.2 is the largest.
        GradientCheck.MaxRelativeError(M([[1, -2], [0, 4]]), M([[1.1, -2], [0, 5]]))
            .ShouldBeCloseTo(0.2, "max(|a − b| / max(|a|, |b|)) = max(1/11, 0, 0, 1/5)", RelativeErrorSuspects(M([[1, -2], [0, 4]]), M([[1.1, -2], [0, 5]])));

    [Fact]
    public void Two_zeros_agree_perfectly() =>
        GradientCheck.MaxRelativeError(M([[0, 0]]), M([[0, 0]]))
            .ShouldBeCloseTo(0, "0/0 is defined as agreement here, not NaN", RelativeErrorSuspects(M([[0, 0]]), M([[0, 0]])), 0);

    [Fact]
    public void A_zero_against_a_nonzero_is_a_relative_error_of_one() =>
        GradientCheck.MaxRelativeError(M([[0]]), M([[1e-3]]))
            .ShouldBeCloseTo(1, "|0 − 1e-3| / max(0, 1e-3) = 1: relative error cannot tell a small number from zero");

    [Fact]
    public void The_relative_error_is_symmetric_and_scale_free() =>
        GradientCheck.MaxRelativeError(M([[3e-8]]), M([[2e-8]]))
            .ShouldBeCloseTo(GradientCheck.MaxRelativeError(M([[2e5]]), M([[3e5]])), "|a − b| / max(|a|, |b|) does not change when a and b swap or scale together");

    [Property]
    public Property Central_differences_of_the_cross_entropy_agree_with_its_reference_gradient() =>
        // The reference Gradients.CrossEntropyWrtLogits is exact; central differences of the loss written out in
        // LossesWrittenOut must come within GradientChecks.Bound of it (measured: at most 7e-8).
        Prop.ForAll(ModerateCases.BatchCases(), batchCase => Counterexample.At(batchCase, () =>
        {
            var (logits, labels) = (batchCase.Batch.Logits, batchCase.Batch.Labels);
            var numerical = GradientCheck.Numerical(z => LossesWrittenOut.CrossEntropy(z, labels, batchCase.Reduction), logits);
            var analytic = Oracle.CrossEntropyWrtLogits(logits, labels, batchCase.Reduction);
            var error = Oracle.MaxRelativeError(analytic, numerical);
            error.Should().BeLessThan(GradientChecks.Bound,
                "your central differences {0} must agree with the reference analytic gradient {1} (max relative error {2:G3})",
                Show(numerical), Show(analytic), error);
        }));

    [Property]
    public Property The_relative_error_of_a_real_gradient_check_matches_the_reference() =>
        Prop.ForAll(ModerateCases.BatchCases(), batchCase => Counterexample.At(batchCase, () =>
        {
            var (logits, labels) = (batchCase.Batch.Logits, batchCase.Batch.Labels);
            var analytic = Oracle.MseThroughSoftmaxWrtLogits(logits, labels, batchCase.Reduction);
            var numerical = Oracle.NumericalGradient(z => LossesWrittenOut.MseThroughSoftmax(z, labels, batchCase.Reduction), logits);
            GradientCheck.MaxRelativeError(analytic, numerical).ShouldBeCloseTo(
                Oracle.MaxRelativeError(analytic, numerical),
                $"max |a − b| / max(|a|, |b|) over the reference MSE gradient {Show(analytic)} and its central differences {Show(numerical)}");
        }));

    /// <summary>The relative error divided by |analytic| alone, as a learner writes it (Math.Max keeps a NaN).</summary>
    private static Suspect[] RelativeErrorSuspects(Matrix<double> analytic, Matrix<double> numerical) =>
    [
        Suspect.Gives(
            analytic.Enumerate().Zip(numerical.Enumerate()).Aggregate(0.0, (largest, pair) => Math.Max(largest, Math.Abs(pair.First - pair.Second) / Math.Abs(pair.First))),
            "the relative error is divided by |analytic| alone: where the analytic gradient is 0 it is ∞ or NaN, and it is not symmetric; divide by max(|a|, |b|)"),
    ];

    [Theory]
    [MemberData(nameof(BadBatchInput.GradientCheckProblems), MemberType = typeof(BadBatchInput))]
    public void Bad_input_is_rejected_naming_the_argument_and_the_problem(string problem) =>
        BadBatchInput.GradientCheckShouldReject(problem);
}
