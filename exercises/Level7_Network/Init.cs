namespace LossKata;

/// <summary>
/// Level 7 — weight initialisations, as <c>torch.nn.init</c>: each fills a weight matrix (out×in) in place from
/// the given random source, so a seed reproduces the network. Every element is overwritten with
/// <c>MathNet.Numerics.Distributions.Normal.Sample(random, 0, std)</c>, drawn row by row: weight[0, 0],
/// weight[0, 1], …, weight[0, in−1], then row 1, and so on — one call per element, from <c>random</c> only. The tests
/// draw the same way from the same seed and expect exactly these values.
/// <para>
/// KaimingNormal: std = √(2 / fan_in) with fan_in = in = the number of columns (<c>kaiming_normal_</c> for ReLU).
/// StandardNormal: std = 1, as <c>torch.randn</c> — the tutorial's failing first attempt.
/// </para>
/// <para>Bad input: a null weight or random is an <see cref="ArgumentNullException"/> naming <c>weight</c> or
/// <c>random</c>.</para>
/// Read docs/level-7-network.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=7"</c>
/// </summary>
public static class Init
{
    /// <summary>Fills <paramref name="weight"/> with samples of N(0, 2/fan_in), fan_in = its number of columns.</summary>
    public static void KaimingNormal(Matrix<double> weight, Random random)
    {
        throw new NotImplementedException("not started: implement Init in exercises/Level7_Network/Init.cs");
    }

    /// <summary>Fills <paramref name="weight"/> with samples of N(0, 1).</summary>
    public static void StandardNormal(Matrix<double> weight, Random random)
    {
        throw new NotImplementedException("not started: implement Init in exercises/Level7_Network/Init.cs");
    }
}
