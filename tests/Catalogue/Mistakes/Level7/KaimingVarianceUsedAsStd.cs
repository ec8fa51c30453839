// Mistake: the variance 2/fan_in passed where the normal distribution takes the standard deviation √(2/fan_in)
// Replaces: Level7_Network/Init.cs
// Exercise: Init
// Message must contain: "standard deviation"
using MathNet.Numerics.Distributions;

namespace LossKata;

public static class Init
{
    public static void KaimingNormal(Matrix<double> weight, Random random)
    {
        ArgumentNullException.ThrowIfNull(weight);
        Fill(weight, random, 2.0 / weight.ColumnCount);
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
                weight[row, column] = Normal.Sample(random, 0, std);
            }
        }
    }
}
