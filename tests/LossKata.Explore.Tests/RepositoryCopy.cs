namespace LossKata.Explore.Tests;

/// <summary>A copy of what the explorer needs from a repository (exercises/, common/, the explorer's projects, the
/// build files), without build outputs, so that a test can put a learner's mistakes in exercises/.</summary>
public static class RepositoryCopy
{
    private static readonly string[] Folders = ["exercises", "common", "tools/LossKata.Explore", "tools/LossKata.Explore.Exercises"];
    private static readonly string[] Files = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", "tests/exercises.json"];
    private static readonly string[] Skipped = ["bin", "obj"];

    public static void Make(string repository, string copy)
    {
        foreach (var folder in Folders)
        {
            CopyFolder(Path.Combine(repository, folder), Path.Combine(copy, folder));
        }

        foreach (var file in Files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy, file))!);
            File.Copy(Path.Combine(repository, file), Path.Combine(copy, file));
        }
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source).Where(folder => !Skipped.Contains(Path.GetFileName(folder))))
        {
            CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }
}
