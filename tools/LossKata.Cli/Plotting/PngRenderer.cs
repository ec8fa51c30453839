namespace LossKata.Cli.Plotting;

/// <summary>Renders an SVG document to a PNG file.</summary>
internal static class PngRenderer
{
    public static void Save(string svg, string path) => throw new UsageException($"PNG output is not available yet; use .svg for {path}.");
}
