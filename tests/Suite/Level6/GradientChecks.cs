using FsCheck;
using FsCheck.Fluent;
using static LossKata.Tests.Numbers;

namespace LossKata.Tests.Level6;

/// <summary>Compares an analytic gradient with central differences by the largest relative error, as CS231n's
/// gradient checks do — with the reference <c>GradientCheck</c> (<see cref="Oracle.NumericalGradient(Func{Matrix{double}, double}, Matrix{double}, double)"/>),
/// never the learner's, so that a mistake in GradientCheck costs GradientCheck alone.</summary>
internal static class GradientChecks
{
    /// <summary>
    /// The largest relative error allowed between an analytic gradient and central differences with h = 1e-5.
    /// CS231n's rule of thumb: above 1e-2 the gradient is wrong, below 1e-7 all is well for a smooth function. The
    /// difference quotient carries a truncation error h²·f‴/6 ≈ 1e-11 and a rounding error ε·|L|/h ≈ 1e-11·|L|;
    /// every formula mistake this level warns of is off by 1e-1 or more. Measured over 20 000 generated cases each:
    /// at most 7e-8 for cross-entropy, 1e-6 for MSE through softmax, 3e-8 for the two one-logit gradients.
    /// </summary>
    public const double Bound = 1e-5;

    /// <summary>A component below this fraction of the loss is within a factor 1e5 of the difference quotient's
    /// rounding noise ε·|L|/h, so its relative error would measure the noise, not the formula.</summary>
    private const double SmallestComparableComponent = 1e-5;

    /// <summary>A one-variable gradient: the analytic value against central differences of the loss at the logit.</summary>
    public static void ScalarShouldAgree(double analytic, Func<double, double> loss, OneLogitCase at)
    {
        var numerical = Oracle.NumericalGradient(z => loss(z[0]), V(at.Logit))[0];
        MatrixShouldAgree(M([[analytic]]), M([[numerical]]), at);
    }

    /// <summary>A gradient with respect to a batch of logits against central differences of the loss.</summary>
    public static void BatchShouldAgree(Matrix<double> analytic, Func<Matrix<double>, double> loss, BatchCase at) =>
        MatrixShouldAgree(analytic, Oracle.NumericalGradient(loss, at.Batch.Logits), at);

    /// <summary>
    /// As <see cref="BatchShouldAgree"/>, for a loss whose gradient components cross zero (MSE through softmax):
    /// a case where a component is smaller than 1e-5·|L| is discarded (about 1 in 300 of the moderate batches; kept, they reach 3e-4).
    /// </summary>
    public static Property BatchShouldAgreeAwayFromZeroCrossings(Matrix<double> analytic, Func<Matrix<double>, double> loss, BatchCase at)
    {
        var numerical = Oracle.NumericalGradient(loss, at.Batch.Logits);
        var comparable = numerical.Enumerate().All(component => Math.Abs(component) >= SmallestComparableComponent * Math.Abs(loss(at.Batch.Logits)));
        return Prop.When(comparable, () => MatrixShouldAgree(analytic, numerical, at));
    }

    private static void MatrixShouldAgree(Matrix<double> analytic, Matrix<double> numerical, object input) =>
        Counterexample.At(input, () =>
        {
            var error = Oracle.MaxRelativeError(analytic, numerical);
            error.Should().BeLessThan(Bound,
                "your analytic gradient {0} must agree with central differences {1} of the loss (max relative error {2:G3}, bound {3:G})",
                Show(analytic), Show(numerical), error, Bound);
        });
}
