using System.Diagnostics;
using System.Text;

namespace LossKata.Course;

/// <summary>What a program run by <see cref="ChildProcess.Run"/> gave: its exit code (-1 when it was stopped), its
/// standard output as it wrote it (bytes: git's blobs must keep theirs) and its standard error.</summary>
public sealed record ChildProcessResult(int ExitCode, byte[] OutputBytes, string Error, bool TimedOut)
{
    /// <summary>Standard output as UTF-8 text.</summary>
    public string Output => Encoding.UTF8.GetString(OutputBytes);

    /// <summary>Standard output, then standard error: all a build or a test run said, wherever it wrote it.</summary>
    public string AllOutput => Output + Error;
}

/// <summary>
/// How the tools and the maintainers' tests start other programs. <see cref="Start"/> starts one to talk to or read
/// as it runs (a test process, a compiler process, the explorer's learner program); <see cref="Run"/> runs one to
/// its end — git, <c>dotnet build</c>, <c>dotnet test</c> — and gives what it wrote. Either way its arguments are
/// passed as they are (no shell, no quoting) and its three standard streams are the caller's, never the console.
/// </summary>
public static class ChildProcess
{
    /// <summary>Starts <paramref name="program"/> with standard input, output and error redirected (UTF-8 text).</summary>
    /// <param name="program">The program, by path or by name on the PATH.</param>
    /// <param name="arguments">Its arguments, each passed as one.</param>
    /// <param name="workingDirectory">Where it runs; null for the current folder.</param>
    /// <param name="environment">Variables set for it, on top of this process's own.</param>
    /// <param name="heapLimitBytes">For a .NET program, a hard limit on its GC heap: a runaway allocation ends in
    /// <see cref="OutOfMemoryException"/> in the child, not in a machine that swaps.</param>
    /// <exception cref="System.ComponentModel.Win32Exception">The program cannot be started (not installed, say).</exception>
    public static Process Start(
        string program,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null,
        long? heapLimitBytes = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory ?? string.Empty,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A dotnet child sends no telemetry, prints no first-run banner into the output read here, and writes no
        // dump file when it crashes.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        if (heapLimitBytes is { } limit)
        {
            start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + limit.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
    }

    /// <summary>Runs <paramref name="program"/> (see <see cref="Start"/>) with nothing on its standard input, reads both
    /// of its outputs while it runs (so that a full pipe never stalls it) and waits for its end; past the time limit,
    /// or on cancellation, its whole process tree is killed.</summary>
    /// <param name="program">The program, by path or by name on the PATH.</param>
    /// <param name="arguments">Its arguments, each passed as one.</param>
    /// <param name="workingDirectory">Where it runs; null for the current folder.</param>
    /// <param name="timeLimit">How long it may run; null for as long as it takes.</param>
    /// <param name="environment">Variables set for it, on top of this process's own.</param>
    /// <param name="cancellation">Stops it (and throws <see cref="OperationCanceledException"/>); cancelled already, nothing starts.</param>
    /// <exception cref="System.ComponentModel.Win32Exception">The program cannot be started (not installed, say).</exception>
    public static ChildProcessResult Run(
        string program,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        TimeSpan? timeLimit = null,
        IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        using var process = Start(program, arguments, workingDirectory, environment);
        process.StandardInput.Close();
        using var stop = cancellation.Register(() => Kill(process));
        using var output = new MemoryStream();
        var outputRead = process.StandardOutput.BaseStream.CopyToAsync(output, CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var finished = process.WaitForExit(timeLimit ?? Timeout.InfiniteTimeSpan);
        if (!finished)
        {
            Kill(process);
            process.WaitForExit();
        }

        Task.WaitAll(outputRead, error);
        cancellation.ThrowIfCancellationRequested();
        return new ChildProcessResult(finished ? process.ExitCode : -1, output.ToArray(), error.Result, TimedOut: !finished);
    }

    /// <summary>Kills a process and every process it started; nothing when it has ended (or is null).</summary>
    public static void Kill(Process? process)
    {
        try
        {
            process?.Kill(entireProcessTree: true);
        }
        catch (Exception gone) when (gone is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // It has ended (or was disposed) meanwhile.
        }
    }
}
