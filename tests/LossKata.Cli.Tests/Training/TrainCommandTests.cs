using System.Text.Json;
using LossKata.Cli.Commands;

namespace LossKata.Cli.Tests.Training;

/// <summary>The <c>train</c> command end to end on the shipped subset: one epoch takes about a second.</summary>
public sealed class TrainCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("losskata-train-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string PathTo(string name) => Path.Combine(folder, name);

    [Fact]
    public void One_epoch_writes_the_metrics_of_the_untrained_network_and_of_the_epoch()
    {
        var exitCode = new TrainCommand().Run(["--epochs", "1", "--lr", "0.1", "--seed", "2", "--metrics-json", PathTo("metrics.json")]);

        exitCode.Should().Be(0, "a run that finishes succeeds");
        using var metrics = JsonDocument.Parse(File.ReadAllText(PathTo("metrics.json")));
        var epochs = metrics.RootElement.GetProperty("epochs").EnumerateArray().ToList();
        epochs.Select(e => e.GetProperty("epoch").GetInt32()).Should().Equal([0, 1], "epoch 0 is the untrained network, then one entry per epoch");
        epochs[1].GetProperty("testAccuracy").GetDouble().Should().BeGreaterThan(0.7, "one epoch at lr 0.1 already classifies most digits");
        epochs[1].GetProperty("samplesPerSecond").GetDouble().Should().BePositive("the speed of the epoch is recorded");
        metrics.RootElement.GetProperty("trainCount").GetInt32().Should().Be(8000, "the default data is the shipped subset");
        metrics.RootElement.GetProperty("batchLosses").GetArrayLength().Should().Be(40, "8,000 digits in batches of 200");
    }

    [Theory]
    [InlineData("curves.svg", new byte[] { (byte)'<', (byte)'?', (byte)'x', (byte)'m', (byte)'l' })]
    [InlineData("curves.png", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' })]
    public void The_plot_is_written_as_svg_or_png_by_its_extension(string name, byte[] signature)
    {
        new TrainCommand().Run(["--epochs", "1", "--plot", PathTo(name)]).Should().Be(0, "the run finishes");
        File.ReadAllBytes(PathTo(name)).Take(signature.Length).Should().Equal(signature, "{0} must start with its format's signature", name);
    }

    [Fact]
    public void A_diverging_run_stops_with_exit_code_1_and_says_where()
    {
        var exitCode = new TrainCommand().Run(["--epochs", "2", "--lr", "10000", "--metrics-json", PathTo("metrics.json")]);

        exitCode.Should().Be(1, "training stopped early");
        using var metrics = JsonDocument.Parse(File.ReadAllText(PathTo("metrics.json")));
        metrics.RootElement.GetProperty("stoppedBecause").GetString().Should().Match("*epoch 1, batch*", "the message names the epoch and the batch");
    }

    [Theory]
    [InlineData("--lr", "-1")]
    [InlineData("--lr", "NaN")]
    [InlineData("--epochs", "0")]
    [InlineData("--batch-size", "many")]
    [InlineData("--init", "xavier")]
    [InlineData("--loss", "hinge")]
    [InlineData("--implementation", "mine")]
    [InlineData("--precision", "float16")]
    [InlineData("--plot", "curves.gif")]
    [InlineData("--unknown", "1")]
    public void A_bad_option_is_a_usage_error_naming_it(string option, string value)
    {
        using var error = new StringWriter();

        new TrainCommand().Run([option, value], error).Should().Be(CommandLine.UsageError, "nothing is trained");

        error.ToString().Should().Contain(option);
    }

    [Fact]
    public void Float32_with_the_learners_network_is_a_usage_error_since_their_network_computes_in_float64()
    {
        using var error = new StringWriter();

        new TrainCommand().Run(["--precision", "float32", "--implementation", "exercises"], error).Should().Be(CommandLine.UsageError, "nothing is trained");

        error.ToString().Should().Contain("--precision float32").And.Contain("exercises/");
    }
}
