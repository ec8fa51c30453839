using ScottPlot;
using SkiaSharp;

namespace LossKata.Cli.Plotting;

/// <summary>The line charts of <c>figures</c> and <c>train --plot</c>, drawn by ScottPlot in one style: a title,
/// axis labels and a legend under the plot, saved as SVG or PNG by the file's extension.</summary>
public static class Charts
{
    private const int Width = 720;
    private const int Height = 420;

    /// <summary>PNG files are drawn at twice the SVG's size, so that they stay sharp on high-density screens.</summary>
    private const int PngScale = 2;

    /// <summary>Plain sans-serif families, in the order they are preferred when installed (Linux, macOS, Windows).</summary>
    private static readonly string[] SansSerifFamilies = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica", "Segoe UI"];

    public static Plot LineChart(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        return plot;
    }

    /// <summary>Adds one line, named in the legend. A point with a NaN or infinite coordinate is left out (a
    /// diverging run's last losses), so the rest of the line is still drawn.</summary>
    public static Plot AddLine(this Plot plot, string name, IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"The line '{name}' has {x.Count} x values but {y.Count} y values; each point needs both.", nameof(y));
        }

        var points = x.Zip(y).Where(point => double.IsFinite(point.First) && double.IsFinite(point.Second)).ToList();
        var line = plot.Add.ScatterLine(points.Select(point => point.First).ToArray(), points.Select(point => point.Second).ToArray());
        line.LegendText = name;
        line.LineWidth = 2;
        return plot;
    }

    /// <summary>Writes the chart to <paramref name="path"/> as SVG (<c>.svg</c>) or PNG (<c>.png</c>), creating its folder.</summary>
    /// <exception cref="MissingFontException">No font is installed to draw the text with.</exception>
    public static void Save(Plot plot, string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".svg" or ".png"))
        {
            throw new ArgumentException($"Cannot write the chart to '{path}': use .svg or .png.", nameof(path));
        }

        plot.Font.Set(FontFamily([.. SKFontManager.Default.FontFamilies]));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (extension == ".svg")
        {
            plot.ScaleFactor = 1;
            plot.SaveSvg(path, Width, Height);
        }
        else
        {
            plot.ScaleFactor = PngScale;
            plot.SavePng(path, Width * PngScale, Height * PngScale);
        }
    }

    /// <summary>The family to draw the text in, among those <paramref name="installed"/>: a plain sans-serif one if
    /// there is one, else any. Skia finds no font at all on a minimal Linux (a container, say), and would draw the
    /// chart without a word on it.</summary>
    internal static string FontFamily(IReadOnlyCollection<string> installed) =>
        SansSerifFamilies.FirstOrDefault(installed.Contains) ?? installed.FirstOrDefault() ?? throw new MissingFontException(
            "No font is installed, so the chart's text cannot be drawn. Install one and run again: " +
            "fonts-dejavu-core on Debian and Ubuntu (sudo apt-get install fonts-dejavu-core), dejavu-sans-fonts on Fedora, font-dejavu on Alpine.");
}

/// <summary>The machine has no font to draw a chart's text with; the message says which package to install.</summary>
public sealed class MissingFontException(string message) : Exception(message);
