using System.Globalization;

namespace LossKata.Cli.Plotting;

/// <summary>An axis range with ticks at round numbers: a step of 1, 2 or 5 times a power of ten
/// (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990).</summary>
public sealed class NiceAxis
{
    private const int TargetTickCount = 6;

    private NiceAxis(double min, double max, double step, IReadOnlyList<double> ticks)
    {
        Min = min;
        Max = max;
        Step = step;
        Ticks = ticks;
    }

    /// <summary>The low end of the axis.</summary>
    public double Min { get; }

    /// <summary>The high end of the axis.</summary>
    public double Max { get; }

    /// <summary>The distance between ticks: 1, 2 or 5 times a power of ten.</summary>
    public double Step { get; }

    /// <summary>The tick positions, ascending, all within [<see cref="Min"/>, <see cref="Max"/>].</summary>
    public IReadOnlyList<double> Ticks { get; }

    /// <summary>An axis covering <paramref name="range"/>, widened outward to the nearest ticks; a single value
    /// or no data gets a unit-wide axis around it.</summary>
    public static NiceAxis Fit((double Min, double Max)? range)
    {
        var (low, high) = range ?? (0.0, 1.0);
        if (low == high)
        {
            var half = low == 0 ? 0.5 : Math.Abs(low) * 0.5;
            (low, high) = (low - half, high + half);
        }

        var step = NiceStep(high - low);
        var min = Math.Floor(low / step) * step;
        var max = Math.Ceiling(high / step) * step;
        return new NiceAxis(min, max, step, TicksBetween(min, max, step));
    }

    /// <summary>An axis from exactly <paramref name="min"/> to <paramref name="max"/>, with round ticks inside it.</summary>
    public static NiceAxis Fixed(double min, double max)
    {
        var step = NiceStep(max - min);
        return new NiceAxis(min, max, step, TicksBetween(min, max, step));
    }

    /// <summary>The tick's label: invariant culture, as many decimals as the step needs, never "-0".</summary>
    public string Label(double tick)
    {
        var decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(Step) + 1e-9));
        var rounded = Math.Round(tick, decimals);
        return (rounded == 0 ? 0.0 : rounded).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static double NiceStep(double span)
    {
        var rough = span / (TargetTickCount - 1);
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        var nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        return nice * power;
    }

    private static List<double> TicksBetween(double min, double max, double step)
    {
        var slack = step * 1e-9;
        var first = Math.Ceiling((min - slack) / step);
        var ticks = new List<double>();
        for (var k = first; k * step <= max + slack; k++)
        {
            ticks.Add(k * step);
        }

        return ticks;
    }
}
