using System.Diagnostics;

namespace LossKata.Course;

/// <summary>A program run to its end in a folder, its output and error read whole: git for the course's tools, dotnet
/// for tests that build a repository.</summary>
public static class ChildProcess
{
    /// <summary>Runs the program; the exit code is −1 (and the error says why) when it cannot be started.</summary>
    public static (int ExitCode, byte[] Output, string Error) Run(string program, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return (process.ExitCode, output.ToArray(), error.Result);
        }
        catch (System.ComponentModel.Win32Exception problem)
        {
            return (-1, [], problem.Message);
        }
    }
}
