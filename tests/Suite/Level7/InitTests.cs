namespace LossKata.Tests.Level7;

[Exercise("Init")]
public sealed class InitTests
{
    [Probe("Init")]
    internal static void Probe()
    {
        Init.KaimingNormal(Matrix<double>.Build.Dense(2, 3), new Random(0));
        Init.StandardNormal(Matrix<double>.Build.Dense(2, 3), new Random(0));
    }

    /// <summary>
    /// A statistical check of n independent N(0, σ²) samples with a stated confidence: the sample mean has standard
    /// error σ/√n and the ratio s²/σ² of the sample variance has standard error √(2/(n−1)). Allowing 5 standard
    /// errors, a correct implementation fails with probability below 1e-6 per check, while the usual mistakes are
    /// off by far more: √(1/fan_in) halves the variance, fan_out instead of fan_in here is off by 784/200.
    /// </summary>
    private static void ShouldBeNormalSamples(Matrix<double> weight, double std, string what)
    {
        var values = weight.Enumerate().ToArray();
        var n = values.Length;
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (n - 1);

        Math.Abs(mean).Should().BeLessThan(5 * std / Math.Sqrt(n),
            "{0} must have mean 0 (5 standard errors σ/√n allowed, n = {1})", what, n);
        (variance / (std * std)).Should().BeApproximately(1, 5 * Math.Sqrt(2.0 / (n - 1)),
            "{0} must have standard deviation {1:G4}, i.e. variance {2:G4}, but the sample variance is {3:G4} (5 standard errors √(2/(n−1)) of the ratio allowed, n = {4})",
            what, std, std * std, variance, n);
    }

    [Fact]
    public void Kaiming_normal_has_standard_deviation_root_two_over_fan_in()
    {
        // The tutorial's first layer: 200×784, fan_in = 784, std = √(2/784) = 0.0505.
        var weight = Matrix<double>.Build.Dense(200, 784);
        Init.KaimingNormal(weight, new Random(7));
        ShouldBeNormalSamples(weight, Math.Sqrt(2.0 / 784), "Kaiming normal for a 200×784 weight (fan_in = 784, the number of columns)");
    }

    [Fact]
    public void Kaiming_normal_takes_fan_in_from_the_columns_not_the_rows()
    {
        // 10×200 (the last layer): fan_in = 200, std = 0.1; with fan_out = 10 it would be 0.447.
        var weight = Matrix<double>.Build.Dense(10, 200);
        Init.KaimingNormal(weight, new Random(8));
        ShouldBeNormalSamples(weight, Math.Sqrt(2.0 / 200), "Kaiming normal for a 10×200 weight (fan_in = 200)");
    }

    [Fact]
    public void The_standard_normal_has_standard_deviation_one()
    {
        var weight = Matrix<double>.Build.Dense(200, 200);
        Init.StandardNormal(weight, new Random(9));
        ShouldBeNormalSamples(weight, 1, "torch.randn's standard normal");
    }

    [Fact]
    public void The_same_seed_gives_the_same_weights_and_another_seed_other_ones()
    {
        Matrix<double> Draw(int seed)
        {
            var weight = Matrix<double>.Build.Dense(5, 4);
            Init.KaimingNormal(weight, new Random(seed));
            return weight;
        }

        Draw(3).Should().Be(Draw(3), "the random source is the only source of randomness, so a seed reproduces a network");
        Draw(3).Should().NotBe(Draw(4), "different seeds must give different weights");
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        FluentActions.Invoking(() => Init.KaimingNormal(null!, new Random(0))).Should().Throw<ArgumentNullException>().WithParameterName("weight");
        FluentActions.Invoking(() => Init.StandardNormal(Matrix<double>.Build.Dense(1, 1), null!)).Should().Throw<ArgumentNullException>().WithParameterName("random");
    }
}
