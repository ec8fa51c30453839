using System.Text.Json;
using System.Text.Json.Serialization;

namespace LossKata.Cli.Training;

/// <summary>One epoch of a run as written by <c>--metrics-json</c>; epoch 0 is the untrained network.</summary>
internal sealed record EpochMetrics(
    int Epoch,
    double? TrainLoss,
    double TestLoss,
    double TestAccuracy,
    int TestCorrect,
    double Seconds,
    double? SamplesPerSecond);

/// <summary>The file written by <c>--metrics-json</c>: the settings, then one entry per epoch.</summary>
internal sealed record RunMetrics(
    string Network,
    string Data,
    int TrainCount,
    int TestCount,
    TrainingSettings Settings,
    IReadOnlyList<EpochMetrics> Epochs,
    IReadOnlyList<double> BatchLosses,
    IReadOnlyList<int> DeadOutputUnits,
    string? StoppedBecause)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, JsonSerializer.Serialize(this, Options));
    }
}
