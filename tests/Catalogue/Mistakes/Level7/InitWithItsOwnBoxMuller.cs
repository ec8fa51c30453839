// Mistake: normal samples drawn by a Box–Muller transform of its own instead of MathNet's Normal.Sample: the right distribution, but not the values the stub promises for a seed
// Replaces: Level7_Network/Init.cs
// Exercise: Init
// Message must contain: "Normal.Sample"
namespace LossKata;

public static class Init
{
    public static void KaimingNormal(Matrix<double> weight, Random random)
    {
        ArgumentNullException.ThrowIfNull(weight);
        Fill(weight, random, Math.Sqrt(2.0 / weight.ColumnCount));
    }

    public static void StandardNormal(Matrix<double> weight, Random random)
    {
        ArgumentNullException.ThrowIfNull(weight);
        Fill(weight, random, 1.0);
    }

    private static void Fill(Matrix<double> weight, Random random, double std)
    {
        ArgumentNullException.ThrowIfNull(random);
        for (var row = 0; row < weight.RowCount; row++)
        {
            for (var column = 0; column < weight.ColumnCount; column++)
            {
                weight[row, column] = std * StandardNormalSample(random);
            }
        }
    }

    private static double StandardNormalSample(Random random)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
