using System.Xml.Linq;
using LossKata.Cli.Plotting;

namespace LossKata.Cli.Tests.Plotting;

/// <summary>The charts drawn with ScottPlot: the files of both formats, the text in the SVG, and the font check.</summary>
public sealed class ChartsTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly double[] Xs = [0, 1, 2, 3];

    private readonly string folder = Directory.CreateTempSubdirectory("losskata-charts-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static ScottPlot.Plot Chart(string title = "BCE <vs> MSE & \"friends\"") =>
        Charts.LineChart(title, "logit z < 0", "loss 'ℓ'")
            .AddLine("a & b", Xs, [0, 1, 4, 9])
            .AddLine("second", Xs, [3, double.NaN, 1, double.PositiveInfinity]);

    [Fact]
    public void The_svg_file_is_well_formed_and_carries_the_titles_and_the_legend()
    {
        var path = Path.Combine(folder, "nested", "chart.svg");

        Charts.Save(Chart(), path);

        var document = XDocument.Load(path);
        document.Root!.Name.Should().Be(Svg + "svg", "the file is an SVG document");
        var text = string.Concat(document.Descendants(Svg + "text").Select(element => element.Value));
        text.Should().Contain("BCE <vs> MSE & \"friends\"", "markup characters in a title are escaped, not dropped")
            .And.Contain("logit z < 0").And.Contain("loss 'ℓ'").And.Contain("a & b").And.Contain("second");
    }

    [Fact]
    public void The_png_file_is_a_png_image_twice_the_svgs_size()
    {
        var path = Path.Combine(folder, "chart.png");

        Charts.Save(Chart(), path);

        var bytes = File.ReadAllBytes(path);
        bytes.Take(8).Should().Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], "the file starts with PNG's signature");
        // The IHDR chunk follows the signature: its width and height are big-endian 32-bit integers at bytes 16 and 20.
        System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)).Should().Be(1440, "PNGs are drawn at twice the 720-pixel width");
        System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)).Should().Be(840);
    }

    [Fact]
    public void An_unsupported_extension_names_the_path_and_the_formats() =>
        FluentActions.Invoking(() => Charts.Save(Chart(), Path.Combine(folder, "chart.gif")))
            .Should().Throw<ArgumentException>().WithMessage("*chart.gif*.svg or .png*");

    [Fact]
    public void A_line_needs_as_many_y_values_as_x_values() =>
        FluentActions.Invoking(() => Charts.LineChart("t", "x", "y").AddLine("short", Xs, [1, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*'short'*4 x values but 2 y values*");

    [Fact]
    public void The_text_is_drawn_in_a_plain_sans_serif_font_when_one_is_installed()
    {
        Charts.FontFamily(["DejaVu Serif", "DejaVu Sans", "Arial"]).Should().Be("DejaVu Sans", "the first preferred family installed wins");
        Charts.FontFamily(["Some Font"]).Should().Be("Some Font", "any font is better than none");
    }

    [Fact]
    public void Without_any_font_the_error_says_which_package_to_install() =>
        FluentActions.Invoking(() => Charts.FontFamily([]))
            .Should().Throw<MissingFontException>().WithMessage("*No font is installed*fonts-dejavu-core*");
}
