namespace LossKata.Cli.Plotting;

/// <summary>Saves a <see cref="LineChart"/> as SVG or, for a <c>.png</c> path, as a PNG rendered from that SVG.</summary>
internal sealed class ChartFile(LineChart chart)
{
    public void Save(string path)
    {
        if (string.Equals(Path.GetExtension(path), ".png", StringComparison.OrdinalIgnoreCase))
        {
            PngRenderer.Save(chart.ToSvg(), path);
        }
        else
        {
            chart.Save(path);
        }
    }
}
