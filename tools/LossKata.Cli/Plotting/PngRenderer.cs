using System.Text;
using SkiaSharp;
using Svg.Skia;
using Svg.Skia.TypefaceProviders;

namespace LossKata.Cli.Plotting;

/// <summary>
/// Renders an SVG document to a PNG file with Skia (via Svg.Skia), at twice the SVG's pixel size. The Skia build
/// used has no fontconfig, so it is handed a sans-serif TrueType font found on the machine for the chart's text.
/// </summary>
internal static class PngRenderer
{
    private const float Scale = 2;

    /// <summary>Where Debian, Ubuntu, Fedora, macOS and Windows keep a plain sans-serif font, regular and bold.</summary>
    private static readonly (string Regular, string Bold)[] KnownFonts =
    [
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
        ("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf", "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
        ("/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf", "/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf"),
        ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
        ("/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
        (@"C:\Windows\Fonts\arial.ttf", @"C:\Windows\Fonts\arialbd.ttf"),
    ];

    /// <summary>The families the chart's SVG asks for; the font found stands in for all of them.</summary>
    private static readonly string[] RequestedFamilies = ["Helvetica", "Arial", "sans-serif"];

    public static void Save(string svg, string path)
    {
        var (regular, bold) = KnownFonts.FirstOrDefault(font => File.Exists(font.Regular));
        if (regular is null)
        {
            throw new UsageException(
                $"Cannot draw text into {path}: no TrueType sans-serif font was found (e.g. install the Debian package fonts-dejavu-core); write an .svg instead.");
        }

        using var document = new SKSvg();
        foreach (var font in File.Exists(bold) ? [bold, regular] : new[] { regular })
        {
            var typeface = new CustomTypefaceProvider(font, 0);
            foreach (var family in RequestedFamilies)
            {
                typeface.FamilyAliases.Add(family);
            }

            document.Settings.TypefaceProviders?.Insert(0, typeface);
        }

        using (var input = new MemoryStream(Encoding.UTF8.GetBytes(svg)))
        {
            _ = document.Load(input) ?? throw new InvalidOperationException("The chart's SVG could not be read for rendering.");
        }

        using var output = File.Create(path);
        if (!document.Save(output, SKColors.White, SKEncodedImageFormat.Png, 100, Scale, Scale))
        {
            throw new InvalidOperationException($"Skia could not render the chart to {path}.");
        }
    }
}
