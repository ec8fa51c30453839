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

    /// <summary>Whether the reference network trains in float32 (PyTorch's tutorial's precision) instead of float64.</summary>
    public bool Float32 { get; init; }

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

    /// <summary>One line naming the network, its initialisation, the loss and the optimiser's settings.</summary>
    public string Describe(int inputs) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{inputs}-{string.Join('-', HiddenSizes)}-10 ReLU network, {(Init == WeightInit.Kaiming ? "Kaiming-normal" : "standard-normal (randn)")} init, " +
            $"{(FinalRelu ? "ReLU on the logits" : "no ReLU on the logits")}, {(MseLoss ? "MSE through softmax" : "cross-entropy")} loss, " +
            $"SGD lr {LearningRate}, batch {BatchSize}, {Epochs} epochs, seed {Seed}, {(Float32 ? "float32" : "float64")}, {Implementations.Description}");
}
