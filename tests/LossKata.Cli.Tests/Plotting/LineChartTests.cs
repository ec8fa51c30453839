using System.Globalization;
using System.Xml.Linq;
using LossKata.Cli.Plotting;

namespace LossKata.Cli.Tests.Plotting;

public sealed class LineChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly double[] Xs = [0, 1, 2, 3];

    [Fact]
    public void The_svg_is_well_formed_xml_even_when_titles_contain_markup_characters()
    {
        var svg = new LineChart("BCE <vs> MSE & \"friends\"", "z < 0", "loss 'ℓ'")
            .Add("a & b", Xs, [0, 1, 4, 9])
            .ToSvg();

        var document = XDocument.Parse(svg);

        document.Root!.Name.Should().Be(Svg + "svg");
        document.Descendants(Svg + "text").Select(text => text.Value)
            .Should().Contain(["BCE <vs> MSE & \"friends\"", "z < 0", "loss 'ℓ'", "a & b"]);
    }

    [Fact]
    public void Each_series_is_one_polyline_in_its_own_colour_and_named_in_the_legend()
    {
        var document = XDocument.Parse(new LineChart("t", "x", "y")
            .Add("first", Xs, [0, 1, 2, 3])
            .Add("second", Xs, [3, 2, 1, 0])
            .Add("third", Xs, [1, 1, 1, 1])
            .ToSvg());

        var polylines = document.Descendants(Svg + "polyline").ToList();

        polylines.Should().HaveCount(3);
        polylines.Select(line => line.Attribute("stroke")!.Value).Should().OnlyHaveUniqueItems();
        document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend")
            .Elements(Svg + "text").Select(text => text.Value).Should().Equal("first", "second", "third");
    }

    [Fact]
    public void Points_that_are_nan_or_infinite_are_left_out_of_the_line()
    {
        var document = XDocument.Parse(new LineChart("t", "x", "y")
            .Add("s", [0, 1, 2, 3, double.NaN], [1, double.NaN, double.PositiveInfinity, 2, 5])
            .ToSvg());

        var points = document.Descendants(Svg + "polyline").Single().Attribute("points")!.Value.Split(' ');

        points.Should().HaveCount(2, "only (0, 1) and (3, 2) have both coordinates finite");
        document.ToString().Should().NotContain("NaN").And.NotContain("Infinity");
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(-15.0, 15.0)]
    [InlineData(0.013, 0.0871)]
    [InlineData(-1.0, 0.0)]
    [InlineData(3.0, 3.0)]
    [InlineData(2.0, 5317.0)]
    public void Ticks_fall_on_round_numbers_and_cover_the_data(double low, double high)
    {
        var axis = NiceAxis.Fit((low, high));

        var mantissa = axis.Step / Math.Pow(10, Math.Floor(Math.Log10(axis.Step)));
        new[] { 1.0, 2.0, 5.0 }.Should().Contain(m => Math.Abs(m - mantissa) < 1e-9,
            "a nice step is 1, 2 or 5 times a power of ten, but the step was {0}", axis.Step);
        axis.Min.Should().BeLessThanOrEqualTo(low);
        axis.Max.Should().BeGreaterThanOrEqualTo(high);
        axis.Ticks.Should().HaveCountGreaterThanOrEqualTo(3).And.BeInAscendingOrder();
        axis.Ticks.Should().OnlyContain(tick => Math.Abs(tick / axis.Step - Math.Round(tick / axis.Step)) < 1e-9,
            "every tick is a whole multiple of the step");
    }

    [Fact]
    public void Tick_labels_are_short_invariant_culture_numbers()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            var decimalComma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            decimalComma.NumberFormat.NumberDecimalSeparator = ",";
            CultureInfo.CurrentCulture = decimalComma;
            var document = XDocument.Parse(new LineChart("t", "x", "y")
                .Add("s", [-1.0, 0.0, 0.5], [0.0, 0.25, 0.3])
                .ToSvg());

            var labels = document.Descendants(Svg + "g")
                .Where(g => (string?)g.Attribute("class") is "x-ticks" or "y-ticks")
                .SelectMany(g => g.Elements(Svg + "text")).Select(text => text.Value).ToList();

            labels.Should().Contain(["-1.0", "-0.2", "0.0", "0.00", "0.05", "0.30"]);
            labels.Should().NotContain(label => label.Contains(',') || label == "-0.0" || label.Length > 5);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_fixed_y_range_is_used_exactly()
    {
        var document = XDocument.Parse(new LineChart("t", "x", "y")
            .Add("s", Xs, [0, 10, 20, 30])
            .WithYRange(0, 1)
            .ToSvg());

        var labels = document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "y-ticks")
            .Elements(Svg + "text").Select(text => text.Value);

        labels.Should().Equal("0.0", "0.2", "0.4", "0.6", "0.8", "1.0");
    }

    [Fact]
    public void Saving_to_an_unsupported_extension_names_the_path_and_the_supported_format()
    {
        var save = () => new LineChart("t", "x", "y").Add("s", Xs, Xs).Save("chart.png");

        save.Should().Throw<UsageException>().WithMessage("*chart.png*.png*.svg*");
    }

    [Fact]
    public void Saving_as_svg_writes_the_document()
    {
        var path = Path.Combine(Path.GetTempPath(), $"linechart-{Guid.NewGuid():N}", "chart.svg");
        try
        {
            var chart = new LineChart("t", "x", "y").Add("s", Xs, Xs);

            chart.Save(path);

            File.ReadAllText(path).Should().Be(chart.ToSvg());
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void A_series_with_unequal_lengths_is_refused()
    {
        var add = () => new LineChart("t", "x", "y").Add("s", [1, 2, 3], [1, 2]);

        add.Should().Throw<ArgumentException>().WithMessage("*'s'*3 x values*2 y values*");
    }
}
