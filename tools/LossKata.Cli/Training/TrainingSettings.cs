using System.Globalization;

namespace LossKata.Cli.Training;

/// <summary>How the weights of a new network are drawn.</summary>
internal enum WeightInit
{
    /// <summary>Kaiming normal, std √(2/fan_in).</summary>
    Kaiming,

    /// <summary>The standard normal, as torch.randn: the tutorial's failing first attempt.</summary>
    Randn,
}

/// <summary>The options of <c>train</c>, with the tutorial's values as defaults.</summary>
internal sealed record TrainingSettings
{
    public string? DataFolder { get; init; }

    public int Epochs { get; init; } = 10;

    public int BatchSize { get; init; } = 200;

    public double LearningRate { get; init; } = 0.01;

    public int Seed { get; init; } = 1;

    public WeightInit Init { get; init; } = WeightInit.Kaiming;

    public bool FinalRelu { get; init; }

    public bool MseLoss { get; init; }

    /// <summary>The mirrors given with <c>--mirror</c>, in order; none means <see cref="MnistSource.DefaultMirrors"/>.</summary>
    public IReadOnlyList<string> Mirrors { get; init; } = [];

    /// <summary>Where <c>--data mnist</c> downloads from, in order.</summary>
    public IReadOnlyList<string> MirrorsToTry => Mirrors.Count > 0 ? Mirrors : MnistSource.DefaultMirrors;

    public bool Exercises { get; init; }

    /// <summary>The command line without <c>--implementation</c>, <c>--data</c> and <c>--mirror</c>: the exercises' own
    /// program is given these and the data folder, already downloaded when it is full MNIST.</summary>
    public IReadOnlyList<string> ForwardedArguments { get; init; } = [];

    /// <summary>Whether <c>--data mnist</c> asks for full MNIST, downloaded into the cache.</summary>
    public bool DownloadsMnist => string.Equals(DataFolder, MnistSource.DataName, StringComparison.OrdinalIgnoreCase);

    public int LogInterval { get; init; } = 10;

    public string? MetricsJson { get; init; }

    public string? Plot { get; init; }

    /// <summary>Hidden layer widths between the input (784 for MNIST) and the 10 classes.</summary>
    public static IReadOnlyList<int> HiddenSizes { get; } = [200, 200];

    public static TrainingSettings Parse(IReadOnlyList<string> arguments)
    {
        var settings = new TrainingSettings();
        var forwarded = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var start = i;
            var option = arguments[i];
            string Value() => i + 1 < arguments.Count
                ? arguments[++i]
                : throw new UsageException($"Option {option} needs a value.");

            settings = option switch
            {
                "--data" => settings with { DataFolder = Value() },
                "--epochs" => settings with { Epochs = PositiveInteger(option, Value()) },
                "--batch-size" => settings with { BatchSize = PositiveInteger(option, Value()) },
                "--lr" => settings with { LearningRate = PositiveNumber(option, Value()) },
                "--seed" => settings with { Seed = Integer(option, Value()) },
                "--log-interval" => settings with { LogInterval = PositiveInteger(option, Value()) },
                "--init" => settings with { Init = Choice(option, Value(), ("kaiming", WeightInit.Kaiming), ("randn", WeightInit.Randn)) },
                "--loss" => settings with { MseLoss = Choice(option, Value(), ("ce", false), ("mse", true)) },
                "--implementation" => settings with { Exercises = Choice(option, Value(), ("solutions", false), ("exercises", true)) },
                "--mirror" => settings with { Mirrors = [.. settings.Mirrors, MirrorUrl(Value())] },
                "--final-relu" => settings with { FinalRelu = true },
                "--metrics-json" => settings with { MetricsJson = Value() },
                "--plot" => settings with { Plot = PlotPath(Value()) },
                _ => throw new UsageException($"Unknown option '{option}'."),
            };
            if (option is not ("--implementation" or "--data" or "--mirror"))
            {
                forwarded.AddRange(arguments.Skip(start).Take(i - start + 1));
            }
        }

        if (settings.Mirrors.Count > 0 && !settings.DownloadsMnist)
        {
            throw new UsageException($"--mirror {settings.Mirrors[0]}: a mirror is only used with --data {MnistSource.DataName}.");
        }

        return settings with { ForwardedArguments = forwarded };
    }

    /// <summary>One line naming the network, its initialisation, the loss and the optimiser's settings.</summary>
    public string Describe(int inputs) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{inputs}-{string.Join('-', HiddenSizes)}-10 ReLU network, {(Init == WeightInit.Kaiming ? "Kaiming-normal" : "standard-normal (randn)")} init, " +
            $"{(FinalRelu ? "ReLU on the logits" : "no ReLU on the logits")}, {(MseLoss ? "MSE through softmax" : "cross-entropy")} loss, " +
            $"SGD lr {LearningRate}, batch {BatchSize}, {Epochs} epochs, seed {Seed}, {Implementations.Description}");

    /// <summary>An http(s) URL of a folder holding the files, ending in '/' so that a file name can be appended.</summary>
    private static string MirrorUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.AbsoluteUri.EndsWith('/') ? uri.AbsoluteUri : uri.AbsoluteUri + "/"
            : throw new UsageException($"--mirror {url}: expected an http:// or https:// URL of a folder holding the MNIST files.");

    private static string PlotPath(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".svg" or ".png"
            ? path
            : throw new UsageException($"--plot {path}: the file must end in .svg or .png.");

    private static T Choice<T>(string option, string value, params (string Name, T Value)[] choices)
    {
        foreach (var choice in choices)
        {
            if (string.Equals(choice.Name, value, StringComparison.OrdinalIgnoreCase))
            {
                return choice.Value;
            }
        }

        throw new UsageException($"{option} {value}: expected one of {string.Join(", ", choices.Select(c => c.Name))}.");
    }

    private static int Integer(string option, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new UsageException($"{option} {value}: expected an integer.");

    private static int PositiveInteger(string option, string value) =>
        Integer(option, value) is var number and > 0
            ? number
            : throw new UsageException($"{option} {value}: expected a positive integer.");

    private static double PositiveNumber(string option, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 && double.IsFinite(number)
            ? number
            : throw new UsageException($"{option} {value}: expected a positive number.");
}
