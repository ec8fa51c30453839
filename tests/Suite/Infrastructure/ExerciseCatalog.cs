using System.Text.Json;
using System.Text.Json.Serialization;

namespace LossKata.Tests;

/// <summary>One exercise of tests/exercises.json: the member a learner implements, where, and its points.</summary>
public sealed record ExerciseInfo(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("level")] int Level,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("points")] int Points);

/// <summary>One level of tests/exercises.json.</summary>
public sealed record LevelInfo(
    [property: JsonPropertyName("level")] int Level,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("folder")] string Folder,
    [property: JsonPropertyName("doc")] string Doc);

/// <summary>tests/exercises.json, the one list of exercises, levels and points, read by the suite and the tools.</summary>
public sealed record ExerciseCatalog(
    [property: JsonPropertyName("levels")] IReadOnlyList<LevelInfo> Levels,
    [property: JsonPropertyName("exercises")] IReadOnlyList<ExerciseInfo> Exercises)
{
    private static readonly Lazy<ExerciseCatalog> Loaded = new(Load);

    public static ExerciseCatalog Instance => Loaded.Value;

    public ExerciseInfo Exercise(string id) =>
        Exercises.FirstOrDefault(e => e.Id == id)
        ?? throw new InvalidOperationException($"Exercise '{id}' is not listed in tests/exercises.json.");

    public LevelInfo Level(int level) =>
        Levels.FirstOrDefault(l => l.Level == level)
        ?? throw new InvalidOperationException($"Level {level} is not listed in tests/exercises.json.");

    private static ExerciseCatalog Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "exercises.json");
        return JsonSerializer.Deserialize<ExerciseCatalog>(File.ReadAllText(path))
            ?? throw new InvalidOperationException($"{path} is empty.");
    }
}
