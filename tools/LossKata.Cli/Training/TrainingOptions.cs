using System.CommandLine;
using System.CommandLine.Parsing;

namespace LossKata.Cli.Training;

/// <summary>The options of <c>train</c>, each defaulting to the tutorial's value in <see cref="TrainingSettings"/>,
/// and the settings they make.</summary>
internal sealed class TrainingOptions
{
    private static readonly TrainingSettings Defaults = new();

    private readonly Option<string?> data = new("--data")
    {
        HelpName = "DIR|mnist",
        Description = "a folder with the MNIST IDX files (train-images-idx3-ubyte[.gz], ...; default: data/), or mnist: full MNIST " +
                      "(60,000/10,000 digits), downloaded once into the cache folder ($LOSSKATA_CACHE, else ~/.cache/losskata), " +
                      "each file checked against its MD5",
    };

    private readonly Option<string[]> mirrors = new("--mirror")
    {
        HelpName = "URL",
        Description = "where --data mnist downloads from; repeat to try several in order (default: torchvision's mirrors, then TensorFlow's)",
        CustomParser = result => [.. result.Tokens.Select(token => MirrorUrl(result, token.Value))],
    };

    private readonly Option<int> epochs = CommandOptions.Integer("--epochs", "N", "passes over the training set", Defaults.Epochs, minimum: 1);
    private readonly Option<int> batchSize = CommandOptions.Integer("--batch-size", "N", "samples per mini-batch", Defaults.BatchSize, minimum: 1);
    private readonly Option<double> learningRate = CommandOptions.PositiveNumber("--lr", "X", "SGD learning rate", Defaults.LearningRate);
    private readonly Option<int> seed = CommandOptions.Integer("--seed", "N", "seeds the initial weights and the shuffling", Defaults.Seed);

    private readonly Option<string> init = CommandOptions.Choice("--init", "Kaiming normal, or the standard normal of torch.randn", "kaiming", "randn");

    private readonly Option<bool> finalRelu = new("--final-relu") { Description = "apply ReLU to the logits too, as the tutorial's code does" };

    private readonly Option<string> loss = CommandOptions.Choice("--loss", "cross-entropy, or MSE between softmax and one-hot targets", "ce", "mse");

    private readonly Option<string> precision = CommandOptions.Choice(
        "--precision", "the reference network's numbers: float64, as the exercises compute, or float32, as PyTorch's tutorial trains (about twice as fast)",
        "float64", "float32");

    private readonly Option<string> implementation = CommandOptions.Choice(
        "--implementation", "train the reference network, or your own from exercises/, which is built and run as tools/LossKata.Cli.Exercises",
        "solutions", "exercises");

    private readonly Option<int> logInterval = CommandOptions.Integer(
        "--log-interval", "N", "print a progress line every N batches", Defaults.LogInterval, minimum: 1);

    private readonly Option<string?> metricsJson = new("--metrics-json")
    {
        HelpName = "FILE",
        Description = "write per-epoch loss, accuracy, seconds and samples/s as JSON",
    };

    private readonly Option<string?> plot = new("--plot")
    {
        HelpName = "FILE",
        Description = "draw the loss and accuracy curves (.svg or .png)",
        Validators =
        {
            result =>
            {
                var path = result.GetValueOrDefault<string?>();
                if (Path.GetExtension(path)?.ToLowerInvariant() is not (".svg" or ".png"))
                {
                    result.AddError($"--plot {path}: the file must end in .svg or .png.");
                }
            },
        },
    };

    /// <summary>Every option, in the order <c>--help</c> lists them.</summary>
    public IReadOnlyList<Option> All =>
        [data, mirrors, epochs, batchSize, learningRate, seed, init, finalRelu, loss, precision, implementation, logInterval, metricsJson, plot];

    /// <summary>The options the exercises' own program is not given again: it trains on the folder this program
    /// found or downloaded.</summary>
    private IEnumerable<Option> NotForwarded => [data, mirrors, implementation];

    public TrainingSettings Read(ParseResult parsed)
    {
        var settings = new TrainingSettings
        {
            DataFolder = parsed.GetValue(data),
            Mirrors = parsed.GetValue(mirrors) ?? [],
            Epochs = parsed.GetValue(epochs),
            BatchSize = parsed.GetValue(batchSize),
            LearningRate = parsed.GetValue(learningRate),
            Seed = parsed.GetValue(seed),
            Init = parsed.GetValue(init) == "randn" ? WeightInit.Randn : WeightInit.Kaiming,
            FinalRelu = parsed.GetValue(finalRelu),
            MseLoss = parsed.GetValue(loss) == "mse",
            Float32 = parsed.GetValue(precision) == "float32",
            Exercises = parsed.GetValue(implementation) == "exercises",
            LogInterval = parsed.GetValue(logInterval),
            MetricsJson = parsed.GetValue(metricsJson),
            Plot = parsed.GetValue(plot),
            ForwardedArguments = [.. All.Except(NotForwarded).Select(parsed.GetResult).OfType<OptionResult>().Where(given => !given.Implicit)
                .SelectMany(given => given.Tokens.Select(token => token.Value).Prepend(given.Option.Name))],
        };

        if (settings.Mirrors.Count > 0 && !settings.DownloadsMnist)
        {
            throw new UsageException($"--mirror {settings.Mirrors[0]}: a mirror is only used with --data {MnistSource.DataName}.");
        }

        return settings.Float32 && (settings.Exercises || Implementations.AreExercises)
            ? throw new UsageException("--precision float32 trains the reference network; your network from exercises/ computes in float64 (Matrix<double>).")
            : settings;
    }

    /// <summary>An http(s) URL of a folder holding the files, ending in '/' so that a file name can be appended.</summary>
    private static string MirrorUrl(ArgumentResult result, string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri.AbsoluteUri.EndsWith('/') ? uri.AbsoluteUri : uri.AbsoluteUri + "/";
        }

        result.AddError($"--mirror {url}: expected an http:// or https:// URL of a folder holding the MNIST files.");
        return url;
    }
}
