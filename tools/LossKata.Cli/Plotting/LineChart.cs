using System.Globalization;
using System.Security;
using System.Text;

namespace LossKata.Cli.Plotting;

/// <summary>A line chart of one or more series, written as a self-contained SVG document: axes with round-number
/// ticks, a grid, a title, axis labels and a legend. Points whose coordinates are NaN or infinite are left out.</summary>
public sealed class LineChart
{
    // Tableau 10: distinguishable colours that stay apart in greyscale print too.
    private static readonly string[] Palette =
        ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    private const int MarginLeft = 72;
    private const int MarginRight = 24;
    private const int MarginTop = 44;
    private const int AxisBand = 56;     // below the plot: tick labels and the x-axis label
    private const int LegendRowHeight = 20;
    private const int LegendSwatchWidth = 30;     // the line sample and the gap before the name
    private const int LegendEntryGap = 24;
    private const double AverageCharacterWidth = 6.6; // of the 12 px sans-serif font, to lay the legend out without measuring text

    private readonly string title;
    private readonly string xLabel;
    private readonly string yLabel;
    private readonly List<Series> series = [];
    private (double Min, double Max)? fixedYRange;

    /// <summary>Starts an empty chart.</summary>
    public LineChart(string title, string xLabel, string yLabel)
    {
        this.title = title ?? throw new ArgumentNullException(nameof(title));
        this.xLabel = xLabel ?? throw new ArgumentNullException(nameof(xLabel));
        this.yLabel = yLabel ?? throw new ArgumentNullException(nameof(yLabel));
    }

    /// <summary>Adds a series drawn as one line in the next palette colour and named in the legend.</summary>
    public LineChart Add(string seriesName, IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(seriesName);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException(
                $"Series '{seriesName}' has {x.Count} x values but {y.Count} y values; each point needs both.", nameof(y));
        }

        series.Add(new Series(seriesName, [.. x], [.. y]));
        return this;
    }

    /// <summary>Fixes the y axis to [<paramref name="min"/>, <paramref name="max"/>] instead of fitting it to the
    /// data; parts of lines outside the range are clipped.</summary>
    public LineChart WithYRange(double min, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || min >= max)
        {
            throw new ArgumentException($"The y range must be finite with min < max, but was [{min}, {max}].", nameof(min));
        }

        fixedYRange = (min, max);
        return this;
    }

    /// <summary>Writes the chart to <paramref name="path"/>; the extension chooses the format (only <c>.svg</c>).</summary>
    /// <exception cref="UsageException">The extension names a format this writer cannot produce.</exception>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!string.Equals(Path.GetExtension(path), ".svg", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException(
                $"Cannot write the chart to '{path}': the extension '{Path.GetExtension(path)}' is not supported; use .svg.");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, ToSvg(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>The chart as an SVG document of the given size in pixels.</summary>
    public string ToSvg(int width = 720, int height = 420)
    {
        var legend = LayOutLegend(width - MarginLeft - MarginRight);
        var legendRows = legend.Count == 0 ? 0 : legend[^1].Row + 1;
        var plotLeft = MarginLeft;
        var plotTop = MarginTop;
        var plotWidth = width - MarginLeft - MarginRight;
        var plotHeight = height - MarginTop - AxisBand - legendRows * LegendRowHeight;
        if (plotWidth < 40 || plotHeight < 40)
        {
            throw new ArgumentOutOfRangeException(nameof(height),
                $"A {width}×{height} chart leaves no room to plot; make it larger.");
        }

        var xAxis = NiceAxis.Fit(FiniteRange(series.SelectMany(s => s.Points().Select(p => p.X))));
        var yAxis = fixedYRange is { } fixedRange
            ? NiceAxis.Fixed(fixedRange.Min, fixedRange.Max)
            : NiceAxis.Fit(FiniteRange(series.SelectMany(s => s.Points().Select(p => p.Y))));

        double ToPixelX(double x) => plotLeft + (x - xAxis.Min) / (xAxis.Max - xAxis.Min) * plotWidth;
        double ToPixelY(double y) => plotTop + plotHeight - (y - yAxis.Min) / (yAxis.Max - yAxis.Min) * plotHeight;

        var svg = new StringBuilder();
        svg.AppendLine(Invariant(
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">"));
        svg.AppendLine(Invariant($"  <rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>"));
        svg.AppendLine(Invariant($"  <clipPath id=\"plot-area\"><rect x=\"{plotLeft}\" y=\"{plotTop}\" width=\"{plotWidth}\" height=\"{plotHeight}\"/></clipPath>"));
        svg.AppendLine(Invariant($"  <text x=\"{width / 2.0}\" y=\"24\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">{Escape(title)}</text>"));

        svg.AppendLine("  <g class=\"grid\" stroke=\"#e4e4e4\" stroke-width=\"1\">");
        foreach (var tick in xAxis.Ticks)
        {
            svg.AppendLine(Invariant($"    <line x1=\"{ToPixelX(tick):0.##}\" y1=\"{plotTop}\" x2=\"{ToPixelX(tick):0.##}\" y2=\"{plotTop + plotHeight}\"/>"));
        }

        foreach (var tick in yAxis.Ticks)
        {
            svg.AppendLine(Invariant($"    <line x1=\"{plotLeft}\" y1=\"{ToPixelY(tick):0.##}\" x2=\"{plotLeft + plotWidth}\" y2=\"{ToPixelY(tick):0.##}\"/>"));
        }

        svg.AppendLine("  </g>");

        svg.AppendLine(Invariant($"  <rect class=\"frame\" x=\"{plotLeft}\" y=\"{plotTop}\" width=\"{plotWidth}\" height=\"{plotHeight}\" fill=\"none\" stroke=\"#333\"/>"));
        svg.AppendLine("  <g class=\"x-ticks\" text-anchor=\"middle\">");
        foreach (var tick in xAxis.Ticks)
        {
            svg.AppendLine(Invariant($"    <text x=\"{ToPixelX(tick):0.##}\" y=\"{plotTop + plotHeight + 16}\">{xAxis.Label(tick)}</text>"));
        }

        svg.AppendLine("  </g>");
        svg.AppendLine("  <g class=\"y-ticks\" text-anchor=\"end\">");
        foreach (var tick in yAxis.Ticks)
        {
            svg.AppendLine(Invariant($"    <text x=\"{plotLeft - 6}\" y=\"{ToPixelY(tick) + 4:0.##}\">{yAxis.Label(tick)}</text>"));
        }

        svg.AppendLine("  </g>");
        svg.AppendLine(Invariant($"  <text class=\"x-label\" x=\"{plotLeft + plotWidth / 2.0}\" y=\"{plotTop + plotHeight + 38}\" text-anchor=\"middle\">{Escape(xLabel)}</text>"));
        var yLabelX = 18;
        var yLabelY = plotTop + plotHeight / 2.0;
        svg.AppendLine(Invariant($"  <text class=\"y-label\" x=\"{yLabelX}\" y=\"{yLabelY}\" text-anchor=\"middle\" transform=\"rotate(-90 {yLabelX} {yLabelY})\">{Escape(yLabel)}</text>"));

        svg.AppendLine("  <g class=\"series\" fill=\"none\" stroke-width=\"2\" stroke-linejoin=\"round\" clip-path=\"url(#plot-area)\">");
        for (var index = 0; index < series.Count; index++)
        {
            var points = string.Join(' ', series[index].Points().Select(p => Invariant($"{ToPixelX(p.X):0.##},{ToPixelY(p.Y):0.##}")));
            svg.AppendLine(Invariant($"    <polyline stroke=\"{Colour(index)}\" points=\"{points}\"><title>{Escape(series[index].Name)}</title></polyline>"));
        }

        svg.AppendLine("  </g>");

        svg.AppendLine("  <g class=\"legend\">");
        for (var index = 0; index < series.Count; index++)
        {
            var entryX = plotLeft + legend[index].Offset;
            var entryY = height - legendRows * LegendRowHeight + legend[index].Row * LegendRowHeight + 6;
            svg.AppendLine(Invariant($"    <line x1=\"{entryX:0.##}\" y1=\"{entryY}\" x2=\"{entryX + LegendSwatchWidth - 6:0.##}\" y2=\"{entryY}\" stroke=\"{Colour(index)}\" stroke-width=\"3\"/>"));
            svg.AppendLine(Invariant($"    <text x=\"{entryX + LegendSwatchWidth:0.##}\" y=\"{entryY + 4}\">{Escape(series[index].Name)}</text>"));
        }

        svg.AppendLine("  </g>");
        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    /// <summary>Legend entries flow left to right below the axis label, wrapping to a new row when the next one
    /// would pass the plot's right edge: each entry's row and its offset from the plot's left edge.</summary>
    private List<(int Row, double Offset)> LayOutLegend(int availableWidth)
    {
        var layout = new List<(int Row, double Offset)>();
        var (row, offset) = (0, 0.0);
        foreach (var entry in series)
        {
            var entryWidth = LegendSwatchWidth + entry.Name.Length * AverageCharacterWidth;
            if (offset > 0 && offset + entryWidth > availableWidth)
            {
                (row, offset) = (row + 1, 0.0);
            }

            layout.Add((row, offset));
            offset += entryWidth + LegendEntryGap;
        }

        return layout;
    }

    private static string Colour(int index) => Palette[index % Palette.Length];

    private static (double Min, double Max)? FiniteRange(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToList();
        return finite.Count == 0 ? null : (finite.Min(), finite.Max());
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Series(string Name, double[] X, double[] Y)
    {
        public IEnumerable<(double X, double Y)> Points() =>
            X.Zip(Y).Where(point => double.IsFinite(point.First) && double.IsFinite(point.Second));
    }
}
