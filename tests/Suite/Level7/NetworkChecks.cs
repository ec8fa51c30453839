namespace LossKata.Tests.Level7;

/// <summary>
/// Shared helpers of the level 7–8 tests: seeded random matrices and the gradient check of a layer's parameters
/// and input against <see cref="NetworkOracle.NumericalGradient(Func{Matrix{double}, double}, Matrix{double}, double)"/>.
/// </summary>
internal static class NetworkChecks
{
    /// <summary>
    /// CS231n's verdict on a relative error: below 1e-7 "you should be happy"; up to 1e-4 is fine only for functions
    /// with kinks. Every check here uses float64 central differences away from the kinks of ReLU (inputs are drawn
    /// at least <see cref="KinkMargin"/> from 0), so a correct backward pass lands near 1e-9 and a wrong one near 1.
    /// </summary>
    public const double GradientTolerance = 1e-7;

    /// <summary>How far every ReLU pre-activation is kept from 0 in gradient checks: a hundred times the
    /// numerical step 1e-5, so that the ± step never crosses the kink.</summary>
    public const double KinkMargin = 1e-3;

    /// <summary>A rows×columns matrix of N(0, 1) samples from a fixed seed.</summary>
    public static Matrix<double> Gaussian(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        return Matrix<double>.Build.Dense(rows, columns, (_, _) => MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1));
    }

    /// <summary>
    /// For the loss L(Y) = Σ R ⊙ Y (R fixed and random, so ∂L/∂Y = R exactly), checks ∂L/∂θ of every parameter θ
    /// of <paramref name="layer"/> and ∂L/∂X against central differences.
    /// </summary>
    public static void CheckAgainstNumerical(ILayer layer, Matrix<double> input, string what)
    {
        var weights = Gaussian(layer.Forward(input).RowCount, layer.Forward(input).ColumnCount, seed: 99);
        double Loss() => layer.Forward(input).PointwiseMultiply(weights).Enumerate().Sum();

        foreach (var parameter in layer.Parameters)
        {
            parameter.Gradient.Clear();
        }

        layer.Forward(input);
        var inputGradient = layer.Backward(weights);
        CheckOne(
            inputGradient,
            NetworkOracle.NumericalGradient(x => layer.Forward(x).PointwiseMultiply(weights).Enumerate().Sum(), input),
            $"∂L/∂input of {what}");

        CheckParameters(layer.Parameters, Loss, (parameter, index) => $"∂L/∂parameter {index} ({parameter}) of {what}");
    }

    /// <summary>
    /// Checks the gradient the backward pass left in each parameter against central differences of
    /// <paramref name="loss"/> with respect to that parameter's value (restored afterwards).
    /// </summary>
    public static void CheckParameters(IReadOnlyList<Parameter> parameters, Func<double> loss, Func<Parameter, int, string> describe)
    {
        foreach (var (parameter, index) in parameters.Select((p, i) => (p, i)))
        {
            var analytic = parameter.Gradient.Clone();
            var original = parameter.Value.Clone();
            var numerical = NetworkOracle.NumericalGradient(
                value =>
                {
                    value.CopyTo(parameter.Value);
                    return loss();
                },
                original);
            original.CopyTo(parameter.Value);
            CheckOne(analytic, numerical, describe(parameter, index));
        }
    }

    /// <summary>Asserts that an analytic gradient matches the numerical one to <see cref="GradientTolerance"/>.</summary>
    public static void CheckOne(Matrix<double> analytic, Matrix<double> numerical, string what)
    {
        analytic.RowCount.Should().Be(numerical.RowCount, "{0} must have the shape of what it differentiates", what);
        analytic.ColumnCount.Should().Be(numerical.ColumnCount, "{0} must have the shape of what it differentiates", what);
        NetworkOracle.MaxRelativeError(analytic, numerical).Should().BeLessThan(
            GradientTolerance,
            "{0} from the backward pass must agree with central differences (CS231n: below 1e-7 is right, near 1 is a bug); analytic {1}, numerical {2}",
            what, Numbers.Show(analytic), Numbers.Show(numerical));
    }

    /// <summary>Moves every element closer to 0 than <see cref="KinkMargin"/> out to ±<see cref="KinkMargin"/>.</summary>
    public static Matrix<double> AwayFromZero(Matrix<double> matrix) =>
        matrix.Map(x => Math.Abs(x) >= KinkMargin ? x : (x < 0 ? -KinkMargin : KinkMargin));
}
