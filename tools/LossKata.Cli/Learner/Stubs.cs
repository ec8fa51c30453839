using System.Diagnostics;

namespace LossKata.Cli.Learner;

/// <summary>
/// Finds an exercise's stub in the repository's git history: the newest committed version of the file that still
/// throws the "not started" <see cref="NotImplementedException"/> — so a learner who committed their work still
/// gets the stub back, and a stub the maintainers improved comes back improved.
/// </summary>
public static class Stubs
{
    public const string NotStartedMarker = "NotImplementedException(\"not started";

    public static string? Find(string root, string exerciseFile)
    {
        var path = "exercises/" + exerciseFile;
        var (ok, commits) = Git(root, "log", "--format=%H", "--", path);
        if (!ok)
        {
            return null;
        }

        foreach (var commit in commits.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var (shown, text) = Git(root, "show", $"{commit}:{path}");
            if (shown && text.Contains(NotStartedMarker, StringComparison.Ordinal))
            {
                return text;
            }
        }

        return null;
    }

    private static (bool Ok, string Output) Git(string root, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = error.Result;
            return (process.ExitCode == 0, output);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (false, string.Empty);
        }
    }
}
