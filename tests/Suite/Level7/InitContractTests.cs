using MathNet.Numerics.Distributions;

namespace LossKata.Tests.Level7;

/// <summary>The order of Init's random draws, which the stub and the hint promise the tests reproduce: one
/// <c>Normal.Sample(random, 0, std)</c> per element, row by row, from the random source given.</summary>
[Exercise("Init")]
public sealed class InitContractTests
{
    public static TheoryData<string> Initialisers => new("KaimingNormal", "StandardNormal");

    [Theory]
    [MemberData(nameof(Initialisers))]
    public void The_tests_reproduce_the_weights_from_the_same_seed_row_by_row(string initialiser)
    {
        // A 3×4 weight filled with a marker first, so that an element left undrawn shows too.
        const int rows = 3, columns = 4, seed = 17;
        var std = initialiser == "KaimingNormal" ? Math.Sqrt(2.0 / columns) : 1.0;
        var weight = Matrix<double>.Build.Dense(rows, columns, 123.0);
        (initialiser == "KaimingNormal" ? (Action<Matrix<double>, Random>)Init.KaimingNormal : Init.StandardNormal)(weight, new Random(seed));

        var rowByRow = Drawn(rows, columns, seed, std, columnByColumn: false);
        Suspect[] kaiming = initialiser == "KaimingNormal"
            ?
            [
                Suspect.Gives(Drawn(rows, columns, seed, Math.Sqrt(2.0 / rows), columnByColumn: false),
                    $"Kaiming's std is computed from fan_out = {rows} (the rows of the out×in weight) instead of fan_in = {columns} (its columns): std = √(2/fan_in)"),
                Suspect.Gives(Drawn(rows, columns, seed, 2.0 / columns, columnByColumn: false),
                    $"the variance 2/fan_in = {2.0 / columns:G4} is passed where Normal.Sample takes the standard deviation √(2/fan_in) = {std:G4}"),
            ]
            : [];
        weight.ShouldBeCloseTo(
            rowByRow,
            $"{initialiser} overwrites every element with Normal.Sample(random, 0, {std:G4}), one call per element, row by row from the random source given, so the tests reproduce the values from the same seed",
            [
                Suspect.Gives(Drawn(rows, columns, seed, std, columnByColumn: true),
                    $"the weights were drawn column by column; {initialiser} must draw row by row — weight[0, 0], weight[0, 1], …, then row 1 — so that a seed gives the values the tests reproduce"),
                .. kaiming,
            ],
            1e-12);
    }

    [Fact]
    public void Kaiming_normal_rejects_a_null_random_source_by_name() =>
        FluentActions.Invoking(() => Init.KaimingNormal(Matrix<double>.Build.Dense(2, 2), null!))
            .Should().Throw<ArgumentNullException>("the random source is the only source of randomness; null must fail at the door").WithParameterName("random");

    private static Matrix<double> Drawn(int rows, int columns, int seed, double std, bool columnByColumn)
    {
        var random = new Random(seed);
        var drawn = Matrix<double>.Build.Dense(rows, columns);
        for (var outer = 0; outer < (columnByColumn ? columns : rows); outer++)
        {
            for (var inner = 0; inner < (columnByColumn ? rows : columns); inner++)
            {
                var (row, column) = columnByColumn ? (inner, outer) : (outer, inner);
                drawn[row, column] = Normal.Sample(random, 0, std);
            }
        }

        return drawn;
    }
}
