using System.Text.RegularExpressions;

namespace LossKata.Catalogue.Tests;

public enum EntryKind
{
    /// <summary>A realistic wrong implementation: the suite must reject it with a message that names the mistake.</summary>
    Mistake,

    /// <summary>A correct implementation that differs from the reference in a legitimate way: the suite must accept it.</summary>
    Alternative,

    /// <summary>Code that does not run to the end — it does not compile, hangs, crashes, prints without end or calls
    /// what exercise code may not: the grader must charge its exercise, with a problem that says what happened, and
    /// nothing else.</summary>
    Fault,
}

/// <summary>
/// One file of tests/Catalogue: a header naming what it is, then the change it makes to its reference file
/// (solutions/&lt;Replaces&gt;), stated as a patch (see <see cref="CataloguePatch"/>) applied when the entry is loaded:
/// <code>
/// // Mistake: log base 2 where e is asked            (or // Alternative: loops instead of LINQ, // Fault: loops forever)
/// // Replaces: Level1_Entropy/Entropy.cs             (the file, relative to exercises/, as in course.json)
/// // Exercise: Information.Entropy                   (the exercise id whose tests must fail or pass)
/// // Message must contain: "nats", "natural"         (mistakes only: words in the name or message of a failing test)
/// // Problem must contain: "timed out"               (faults only: words in the problem the grader reports)
///
/// // replace:
///                 nats -= probability * Math.Log(probability);
/// // with:
///                 nats -= probability * Math.Log2(probability);
/// </code>
/// A file without a <c>// replace:</c> line is a whole-file entry: the header, then the complete replacement file.
/// It is read as it is, for drafts; tools/catalogue turns it into a patch (CONTRIBUTING.md).
/// </summary>
/// <param name="MessageWords">What a learner must read: words of a failing test's name or message (a mistake), or of
/// the problem the grader reports (a fault).</param>
/// <param name="Hunks">The patch, or null for a whole-file entry.</param>
/// <param name="Source">The exercise file the entry stands for: the reference with the patch applied, or the whole file.</param>
public sealed partial record CatalogueEntry(
    string Path, EntryKind Kind, string Description, string Replaces, string Exercise, IReadOnlyList<string> MessageWords,
    IReadOnlyList<PatchHunk>? Hunks, string Source)
{
    public const string Folder = "tests/Catalogue";

    /// <summary>Every entry of every kind, relative to tests/Catalogue.</summary>
    public static IEnumerable<string> AllPaths(string repositoryRoot) => Enum.GetValues<EntryKind>().SelectMany(kind => PathsOf(repositoryRoot, kind));

    public static IEnumerable<string> PathsOf(string repositoryRoot, EntryKind kind)
    {
        var folder = System.IO.Path.Combine(repositoryRoot, Folder, kind + "s");
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(path => System.IO.Path.GetRelativePath(System.IO.Path.Combine(repositoryRoot, Folder), path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Reads an entry and applies its patch; a header line that is missing or malformed, or a patch that does
    /// not apply, is reported with the file's name.</summary>
    public static CatalogueEntry Load(string repositoryRoot, string path)
    {
        var text = File.ReadAllText(System.IO.Path.Combine(repositoryRoot, Folder, path));
        var header = text.Split('\n')
            .TakeWhile(line => line.StartsWith("//", StringComparison.Ordinal))
            .Select(line => HeaderLine().Match(line.TrimEnd('\r')))
            .Where(match => match.Success)
            .ToDictionary(match => match.Groups["key"].Value, match => match.Groups["value"].Value.Trim());

        string Required(string key) =>
            header.TryGetValue(key, out var value) && value.Length > 0
                ? value
                : throw new InvalidDataException($"{Folder}/{path} has no '// {key}: ...' line in its header.");

        var kind = header.ContainsKey("Mistake") ? EntryKind.Mistake
            : header.ContainsKey("Alternative") ? EntryKind.Alternative
            : header.ContainsKey("Fault") ? EntryKind.Fault
            : throw new InvalidDataException($"{Folder}/{path} starts with none of '// Mistake: ...', '// Alternative: ...', '// Fault: ...'.");
        var wordsKey = kind == EntryKind.Fault ? "Problem must contain" : "Message must contain";
        var words = header.TryGetValue(wordsKey, out var quoted)
            ? QuotedWord().Matches(quoted).Select(match => match.Groups[1].Value).ToList()
            : [];
        if (kind != EntryKind.Alternative && words.Count == 0)
        {
            throw new InvalidDataException($"{Folder}/{path} is a {kind.ToString().ToLowerInvariant()} without a '// {wordsKey}: \"word\"' line.");
        }

        var replaces = Required("Replaces");
        if (!CataloguePatch.IsPatch(text))
        {
            return new CatalogueEntry(path, kind, Required(kind.ToString()), replaces, Required("Exercise"), words, Hunks: null, text);
        }

        var entry = $"{Folder}/{path}";
        var referenceName = $"solutions/{replaces}";
        var reference = System.IO.Path.Combine(repositoryRoot, referenceName);
        if (!File.Exists(reference))
        {
            throw new InvalidDataException($"{entry} patches {referenceName}, which does not exist.");
        }

        var hunks = CataloguePatch.Parse(entry, text);
        var source = CataloguePatch.Apply(entry, referenceName, File.ReadAllText(reference), hunks);
        return new CatalogueEntry(path, kind, Required(kind.ToString()), replaces, Required("Exercise"), words, hunks, source);
    }

    [GeneratedRegex(@"^//\s*(?<key>Mistake|Alternative|Fault|Replaces|Exercise|Message must contain|Problem must contain):(?<value>.*)$")]
    private static partial Regex HeaderLine();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedWord();
}
