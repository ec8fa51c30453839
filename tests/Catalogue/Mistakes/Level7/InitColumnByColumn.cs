// Mistake: the weights drawn column by column: the right distribution, but not the values the tests reproduce from the seed
// Replaces: Level7_Network/Init.cs
// Exercise: Init
// Message must contain: "column by column"
using MathNet.Numerics.Distributions;

namespace LossKata;

/// <summary>
/// Weight initialisations, as <c>torch.nn.init</c>: each fills a weight matrix (out×in) in place, row by row,
/// from the given random source, so a seed reproduces the network.
/// </summary>
public static class Init
{
    /// <summary>
    /// Kaiming (He) normal: $W_{jk} \sim \mathcal N(0, 2/\mathit{fan\_in})$ with fan_in = in = the number of columns,
    /// as <c>kaiming_normal_(w, nonlinearity='relu')</c>. The factor 2 makes up for ReLU zeroing half of each layer's
    /// inputs, so the activations keep their scale from layer to layer.
    /// </summary>
    public static void KaimingNormal(Matrix<double> weight, Random random)
    {
        ArgumentNullException.ThrowIfNull(weight);
        Fill(weight, random, Math.Sqrt(2.0 / weight.ColumnCount));
    }

    /// <summary>
    /// The standard normal $\mathcal N(0, 1)$, as <c>torch.randn</c>: far too large for 784 inputs (a unit's
    /// pre-activation then has a standard deviation of about 28 · the input's), which is the tutorial's lesson.
    /// </summary>
    public static void StandardNormal(Matrix<double> weight, Random random)
    {
        ArgumentNullException.ThrowIfNull(weight);
        Fill(weight, random, 1.0);
    }

    private static void Fill(Matrix<double> weight, Random random, double std)
    {
        ArgumentNullException.ThrowIfNull(random);
        for (var column = 0; column < weight.ColumnCount; column++)
        {
            for (var row = 0; row < weight.RowCount; row++)
            {
                weight[row, column] = Normal.Sample(random, 0, std);
            }
        }
    }
}
