namespace LossKata.Explore.Tests;

/// <summary>A copy of what the explorer needs from a repository (exercises/, common/, the explorer's projects, the
/// build files), without build outputs, so that a test can put a learner's mistakes in exercises/.</summary>
public static class RepositoryCopy
{
    private static readonly string[] Paths =
    [
        "exercises", "common", "tools/LossKata.Explore", "tools/LossKata.Explore.Exercises",
        "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", "course.json",
    ];

    public static void Make(string repository, string copy) => LossKata.Course.Repository.Copy(repository, copy, Paths);
}
