namespace LossKata.Course;

/// <summary>git, run in a repository: the shipped stubs are read from its objects, <c>dev</c> records and adds files.</summary>
public static class Git
{
    /// <summary>Runs git; the exit code is −1 (and the error says why) when git cannot be started.</summary>
    public static (int ExitCode, byte[] Output, string Error) Run(string root, params string[] arguments)
    {
        try
        {
            var git = ChildProcess.Run("git", arguments, root);
            return (git.ExitCode, git.OutputBytes, git.Error);
        }
        catch (System.ComponentModel.Win32Exception problem)
        {
            return (-1, [], problem.Message);
        }
    }

    /// <summary>The trimmed standard output of a git command; throws, with git's error, when it fails.</summary>
    public static string Output(string root, params string[] arguments)
    {
        var (exitCode, output, error) = Run(root, arguments);
        return exitCode == 0
            ? System.Text.Encoding.UTF8.GetString(output).Trim()
            : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed ({exitCode}): {error.Trim()}");
    }
}
