using System.Text.Json;
using System.Text.Json.Serialization;

namespace LossKata.Grading;

/// <summary>One exercise of tests/exercises.json: its id, level, the file a learner edits (relative to exercises/), its
/// points, and the git blob id of that file as shipped (the stub), which <c>reset</c> restores byte for byte.</summary>
public sealed record CatalogExercise(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("level")] int Level,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("points")] int Points,
    [property: JsonPropertyName("stub")] string? Stub = null)
{
    /// <summary>The member a learner implements: the part of the id after the class name (<c>Information.Entropy</c> → <c>Entropy</c>).</summary>
    public string Member => Id.Contains('.', StringComparison.Ordinal) ? Id[(Id.LastIndexOf('.') + 1)..] : Id;
}

/// <summary>One level of tests/exercises.json.</summary>
public sealed record CatalogLevel(
    [property: JsonPropertyName("level")] int Level,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("folder")] string Folder,
    [property: JsonPropertyName("doc")] string Doc);

/// <summary>tests/exercises.json: the one place where exercises, levels and points are declared.</summary>
public sealed record Catalog(
    [property: JsonPropertyName("levels")] IReadOnlyList<CatalogLevel> Levels,
    [property: JsonPropertyName("exercises")] IReadOnlyList<CatalogExercise> Exercises)
{
    public const string RelativePath = "tests/exercises.json";

    public static Catalog Load(string repositoryRoot) => LoadFile(Path.Combine(repositoryRoot, RelativePath));

    public static Catalog LoadFile(string path) =>
        JsonSerializer.Deserialize<Catalog>(File.ReadAllText(path))
        ?? throw new InvalidDataException($"{path} is empty.");

    /// <summary>The exercise with exactly this id.</summary>
    public CatalogExercise Exercise(string id) =>
        Exercises.FirstOrDefault(e => e.Id == id)
        ?? throw new ArgumentException($"Exercise '{id}' is not listed in {RelativePath}.", nameof(id));

    public int TotalPoints => Exercises.Sum(e => e.Points);

    public CatalogLevel Level(int level) =>
        Levels.FirstOrDefault(l => l.Level == level)
        ?? throw new ArgumentException($"Level {level} is not listed in {RelativePath}.", nameof(level));

    public IEnumerable<CatalogExercise> ExercisesOf(int level) => Exercises.Where(e => e.Level == level);

    /// <summary>Finds an exercise by id (<c>Information.Entropy</c>), member (<c>Entropy</c>), file stem or file
    /// path (<c>Level1_Entropy/Entropy.cs</c>), ignoring case; a name shared by two exercises is ambiguous.</summary>
    public CatalogExercise Find(string name)
    {
        var normalised = name.Replace('\\', '/').Trim();
        if (normalised.StartsWith("exercises/", StringComparison.OrdinalIgnoreCase))
        {
            normalised = normalised["exercises/".Length..];
        }

        bool Matches(CatalogExercise e) =>
            string.Equals(e.Id, normalised, StringComparison.OrdinalIgnoreCase)
            || string.Equals(e.File, normalised, StringComparison.OrdinalIgnoreCase)
            || string.Equals(e.Member, normalised, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Path.GetFileNameWithoutExtension(e.File), normalised, StringComparison.OrdinalIgnoreCase);

        var found = Exercises.Where(Matches).ToList();
        return found.Count switch
        {
            1 => found[0],
            0 => throw new ArgumentException($"No exercise is called '{name}'. Exercises: {string.Join(", ", Exercises.Select(e => e.Id))}."),
            _ => throw new ArgumentException($"'{name}' is ambiguous: {string.Join(", ", found.Select(e => $"{e.Id} ({e.File})"))}. Give the id or the file."),
        };
    }
}
