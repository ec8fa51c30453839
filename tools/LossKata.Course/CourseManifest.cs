using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LossKata.Course;

/// <summary>What kind of code a level's exercises are, which decides the rules their tests keep.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExerciseKind>))]
public enum ExerciseKind
{
    /// <summary>A pure function of its arguments (levels 1–6 and 9): its tests compare it with the reference only, never
    /// call the learner's version of another exercise (so a mistake costs only its own exercise), and every bad input
    /// it must reject is declared once and named, verbatim, in its stub.</summary>
    [JsonStringEnumMemberName("function")]
    Function,

    /// <summary>A piece of the network and its training (levels 7–8): layers that keep state, a trainer that calls the
    /// learner's own layers and losses, so a test may require another exercise's code.</summary>
    [JsonStringEnumMemberName("network")]
    Network,
}

/// <summary>One exercise of the course: its id, level, the file a learner edits (relative to exercises/), its
/// points, and the git blob id of that file as shipped (the stub), which <c>reset</c> restores byte for byte.</summary>
public sealed record CourseExercise(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("level")] int Level,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("points")] int Points,
    [property: JsonPropertyName("stub")] string? Stub = null)
{
    /// <summary>The member a learner implements: the part of the id after the class name (<c>Information.Entropy</c> → <c>Entropy</c>).</summary>
    [JsonIgnore]
    public string Member => Id.Contains('.', StringComparison.Ordinal) ? Id[(Id.LastIndexOf('.') + 1)..] : Id;

    /// <summary>Its progressive hints, beside its file (relative to exercises/): <c>Level1_Entropy/Entropy.cs</c> →
    /// <c>Level1_Entropy/Entropy.hints.md</c>; each <c>## </c> heading starts one hint.</summary>
    [JsonIgnore]
    public string HintsFile => Path.ChangeExtension(File, null) + ".hints.md";
}

/// <summary>One level of the course: its number, title (English and Chinese, for the two editions of README), kind,
/// folder (under exercises/, solutions/ and tests/Catalogue/*/) and doc page.</summary>
public sealed record CourseLevel(
    [property: JsonPropertyName("level")] int Level,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("titleZhCn")] string ChineseTitle,
    [property: JsonPropertyName("kind")] ExerciseKind Kind,
    [property: JsonPropertyName("folder")] string Folder,
    [property: JsonPropertyName("doc")] string Doc)
{
    /// <summary>The Chinese edition of the doc page: docs/zh-CN/ and the same file name.</summary>
    [JsonIgnore]
    public string ChineseDoc => "docs/zh-CN/" + Path.GetFileName(Doc);
}

/// <summary>course.json at the repository's root: the one place where the course's levels, exercises, points and
/// per-exercise policy are declared. Everything that lists exercises reads it; what is generated from it (README's
/// level tables, the Classroom workflow's steps) is kept in step by <see cref="Generated"/>.</summary>
public sealed record CourseManifest(
    [property: JsonPropertyName("comment")] string Comment,
    [property: JsonPropertyName("levels")] IReadOnlyList<CourseLevel> Levels,
    [property: JsonPropertyName("exercises")] IReadOnlyList<CourseExercise> Exercises)
{
    /// <summary>The manifest's path relative to the repository's root; a folder that holds it is a LossKata repository.</summary>
    public const string RelativePath = "course.json";

    private static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static CourseManifest Load(string repositoryRoot) => LoadFile(Path.Combine(repositoryRoot, RelativePath));

    public static CourseManifest LoadFile(string path) =>
        JsonSerializer.Deserialize<CourseManifest>(File.ReadAllText(path))
        ?? throw new InvalidDataException($"{path} is empty.");

    private static readonly Lazy<CourseManifest> Copied = new(() => LoadFile(Path.Combine(AppContext.BaseDirectory, RelativePath)));

    /// <summary>The manifest beside the running program: every project that references this library gets a copy of
    /// course.json in its output, so the suite reads the list it was built with wherever it runs (the grader runs it
    /// from its cache).</summary>
    public static CourseManifest BesideProgram => Copied.Value;

    /// <summary>The manifest as course.json keeps it: one line per level and per exercise, so that a change reads as
    /// one line in a diff.</summary>
    public string ToJson()
    {
        static string Line(object value) =>
            "    { " + string.Join(", ", JsonSerializer.SerializeToElement(value, Compact).EnumerateObject()
                .Select(property => $"{JsonSerializer.Serialize(property.Name, Compact)}: {property.Value.GetRawText()}")) + " }";

        var json = new StringBuilder();
        json.Append("{\n  \"comment\": ").Append(JsonSerializer.Serialize(Comment, Compact)).Append(",\n  \"levels\": [\n");
        json.AppendJoin(",\n", Levels.Select(Line));
        json.Append("\n  ],\n  \"exercises\": [\n");
        json.AppendJoin(",\n", Exercises.Select(Line));
        json.Append("\n  ]\n}\n");
        return json.ToString();
    }

    /// <summary>The exercise with exactly this id.</summary>
    public CourseExercise Exercise(string id) =>
        Exercises.FirstOrDefault(e => e.Id == id)
        ?? throw new ArgumentException($"Exercise '{id}' is not listed in {RelativePath}.", nameof(id));

    public int TotalPoints => Exercises.Sum(e => e.Points);

    public CourseLevel Level(int level) =>
        Levels.FirstOrDefault(l => l.Level == level)
        ?? throw new ArgumentException($"Level {level} is not listed in {RelativePath}.", nameof(level));

    public IEnumerable<CourseExercise> ExercisesOf(int level) => Exercises.Where(e => e.Level == level);

    /// <summary>The kind of an exercise: its level's.</summary>
    public ExerciseKind KindOf(CourseExercise exercise) => Level(exercise.Level).Kind;

    /// <summary>The exercises of one kind, in the manifest's order.</summary>
    public IEnumerable<CourseExercise> ExercisesOfKind(ExerciseKind kind) => Exercises.Where(e => KindOf(e) == kind);

    /// <summary>Finds an exercise by id (<c>Information.Entropy</c>), member (<c>Entropy</c>), file stem or file
    /// path (<c>Level1_Entropy/Entropy.cs</c>), ignoring case; a name shared by two exercises is ambiguous.</summary>
    public CourseExercise Find(string name)
    {
        var normalised = name.Replace('\\', '/').Trim();
        if (normalised.StartsWith("exercises/", StringComparison.OrdinalIgnoreCase))
        {
            normalised = normalised["exercises/".Length..];
        }

        bool Matches(CourseExercise e) =>
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
