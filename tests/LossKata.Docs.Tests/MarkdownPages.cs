using LossKata.Course;

namespace LossKata.Docs.Tests;

/// <summary>The Markdown pages of the repository these tests check (the one around the test's output).</summary>
public static class MarkdownPages
{
    /// <summary>Folders that hold build and tool output, not the repository's own files (see .gitignore).</summary>
    private static readonly HashSet<string> GeneratedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", ".git", ".vs", ".idea", ".losskata", "TestResults", "BenchmarkDotNet.Artifacts", "StrykerOutput",
    };

    public static string Root { get; } = Repository.Find();

    /// <summary>Every Markdown file of the repository, as paths under the root with <c>/</c> separators, sorted.</summary>
    public static IReadOnlyList<string> MarkdownFiles() =>
        MarkdownFilesUnder(Root).Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A Markdown file of the repository, by its path under the root.</summary>
    public static MarkdownFile Read(string file) =>
        MarkdownFile.Parse(file, File.ReadAllText(Path.Combine(Root, file)));

    private static IEnumerable<string> MarkdownFilesUnder(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.md"))
        {
            yield return file;
        }

        foreach (var subfolder in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(subfolder);
            var isRootArtifacts = folder == Root && name == "artifacts";
            if (!GeneratedFolders.Contains(name) && !isRootArtifacts)
            {
                foreach (var file in MarkdownFilesUnder(subfolder))
                {
                    yield return file;
                }
            }
        }
    }
}
