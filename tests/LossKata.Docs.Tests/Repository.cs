namespace LossKata.Docs.Tests;

/// <summary>The repository these tests check: the folder of <c>LossKata.sln</c> above the test's output.</summary>
public static class Repository
{
    /// <summary>Folders that hold build and tool output, not the repository's own files (see .gitignore).</summary>
    private static readonly HashSet<string> GeneratedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", ".git", ".vs", ".idea", ".losskata", "TestResults", "BenchmarkDotNet.Artifacts", "StrykerOutput",
    };

    public static string Root { get; } = FindRoot();

    /// <summary>Every Markdown file of the repository, as paths under the root with <c>/</c> separators, sorted.</summary>
    public static IReadOnlyList<string> MarkdownFiles() =>
        MarkdownFilesUnder(Root).Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

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

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LossKata.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No LossKata.sln in {AppContext.BaseDirectory} or any folder above it: the tests check the repository they are built in.");
    }
}
