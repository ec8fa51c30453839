using LossKata.Grading;

namespace LossKata.Repository.Tests;

internal static class Git
{
    /// <summary>The trimmed standard output of a git command in the repository; throws when git fails.</summary>
    public static string Output(string root, params string[] arguments)
    {
        var git = ChildProcess.Run("git", arguments, root);
        return git.ExitCode == 0
            ? git.Output.Trim()
            : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed ({git.ExitCode}): {git.Error}");
    }
}
