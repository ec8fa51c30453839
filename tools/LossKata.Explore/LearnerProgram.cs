using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LossKata.Course;
using LossKata.Explore.Views;
using LossKata.Grading;

namespace LossKata.Explore;

/// <summary>Where the learner's program stands: "building", "ready" or "failed" (not compiling, <see cref="Message"/>
/// holds the compiler's errors); <see cref="Build"/> counts the builds, so that the page knows when to redraw.</summary>
public sealed record LearnerStatus(string State, int Build, string? Message);

/// <summary>The learner's rows for one request, or why there are none; what their code printed meanwhile.</summary>
public sealed record LearnerAnswer(IReadOnlyList<Row>? Rows, string? Unavailable, string Printed);

/// <summary>
/// The views compiled against the learner's exercises/ (tools/LossKata.Explore.Exercises), built with <c>dotnet
/// build</c> as <c>train --implementation exercises</c> builds its program, and run as a child process that answers one
/// request at a time. The build runs in the background whenever a file under exercises/ changes, so the reference is
/// never kept waiting; a request that takes longer than the time limit, or a crash (a stack overflow, say), stops
/// the child and is reported as the learner's, and the next request starts a fresh one.
/// </summary>
public sealed class LearnerProgram : IDisposable
{
    private const int PrintedLimit = 4000;

    /// <summary>The first lines of a crash's report say what happened ("Stack overflow.", the repeated frame); the rest repeats.</summary>
    private const int ErrorLinesKept = 6;
    private static readonly TimeSpan BuildTimeLimit = TimeSpan.FromMinutes(5);
    private const long HeapLimitBytes = 1L << 30;

    private readonly string root;
    private readonly string output;
    private readonly TimeSpan timeLimit;
    private readonly SemaphoreSlim conversation = new(1, 1);
    private readonly Lock state = new();
    private readonly List<string> errorLines = [];

    /// <summary>Cancelled when the explorer stops: no build starts after it, and a build under way is killed.</summary>
    private readonly CancellationTokenSource stopping = new();

    private string? builtFingerprint;
    private Task? building;
    private string? compileErrors;
    private int builds;
    private Process? child;

    /// <param name="root">The repository whose exercises/ are explored.</param>
    /// <param name="timeLimit">How long the learner's code may take for one request.</param>
    public LearnerProgram(string root, TimeSpan timeLimit)
    {
        this.root = root;
        this.timeLimit = timeLimit;
        output = Path.Combine(root, ".losskata", "explore");
    }

    /// <summary>Starts a build if exercises/ changed since the last one, and says where things stand.</summary>
    public LearnerStatus Status()
    {
        lock (state)
        {
            var fingerprint = Fingerprint();
            if (building is null && !stopping.IsCancellationRequested && fingerprint != builtFingerprint)
            {
                building = Task.Run(() => Build(fingerprint));
            }

            if (building is not null)
            {
                return new LearnerStatus("building", builds, "Building your exercises/ …");
            }

            return compileErrors is null
                ? new LearnerStatus("ready", builds, null)
                : new LearnerStatus("failed", builds, compileErrors);
        }
    }

    /// <summary>The learner's rows of <paramref name="view"/> for <paramref name="input"/>.</summary>
    public async Task<LearnerAnswer> Compute(string view, object input, CancellationToken cancellation)
    {
        var status = Status();
        if (status.State != "ready")
        {
            return new LearnerAnswer(null, status.State == "building"
                ? "Your exercises/ are being built; the reference is shown alone until then."
                : "Your exercises/ do not compile, so the reference is shown alone (the errors are at the top of the page).", string.Empty);
        }

        await conversation.WaitAsync(cancellation);
        try
        {
            var process = child ??= Start();
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            limit.CancelAfter(timeLimit);
            string? line;
            try
            {
                await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { view, input }, ViewProtocol.Json));
                await process.StandardInput.FlushAsync(limit.Token);
                line = await process.StandardOutput.ReadLineAsync(limit.Token);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                StopChild();
                return new LearnerAnswer(null,
                    $"Your code did not finish within {timeLimit.TotalSeconds:0.#} s (an endless loop?), so it was stopped; the reference is shown alone.", string.Empty);
            }
            catch (OperationCanceledException)
            {
                // The page went away mid-request: the child may still be computing it, and would answer the next
                // request with this one's answer.
                StopChild();
                throw;
            }
            catch (IOException)
            {
                // The pipe broke: the child has ended.
                line = null;
            }

            if (line is null)
            {
                process.WaitForExit(TimeSpan.FromSeconds(5));
                var exitCode = process.HasExited ? $" (exit code {process.ExitCode})" : string.Empty;
                var errors = ErrorOutput();
                StopChild();
                return new LearnerAnswer(null,
                    $"Your code crashed the program that runs it{exitCode}{(errors.Length > 0 ? ":\n" + errors + "\n" : ". ")}The reference is shown alone.", string.Empty);
            }

            var answer = JsonSerializer.Deserialize<ViewAnswer>(line, ViewProtocol.Json)
                ?? throw new InvalidDataException("The learner's program answered the JSON null.");
            var printed = answer.Printed.Length > PrintedLimit ? answer.Printed[..PrintedLimit] + "\n… (cut)" : answer.Printed;
            return new LearnerAnswer(answer.Rows, null, printed);
        }
        finally
        {
            conversation.Release();
        }
    }

    /// <summary>Stops a build under way and the learner's program.</summary>
    public void Dispose()
    {
        Task? unfinished;
        lock (state)
        {
            stopping.Cancel();
            unfinished = building;
        }

        unfinished?.Wait();
        StopChild();
        conversation.Dispose();
        stopping.Dispose();
    }

    private void Build(string fingerprint)
    {
        conversation.Wait();
        try
        {
            StopChild();
            var project = Path.Combine(root, "tools", "LossKata.Explore.Exercises", "LossKata.Explore.Exercises.csproj");
            var (exitCode, text) = Dotnet(["build", project, "-c", "Release", "-o", output, "--nologo", "-v", "quiet", "-clp:NoSummary", "-clp:ErrorsOnly"]);
            lock (state)
            {
                compileErrors = exitCode == 0 ? null : CompilerErrors(text);
                builtFingerprint = fingerprint;
                builds++;
                building = null;
            }
        }
        finally
        {
            conversation.Release();
        }
    }

    /// <summary>The compiler's errors, once each, paths shown from the repository.</summary>
    private string CompilerErrors(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Replace(root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal))
            .Select(line => line.Contains(" [", StringComparison.Ordinal) && line.EndsWith(".csproj]", StringComparison.Ordinal) ? line[..line.LastIndexOf(" [", StringComparison.Ordinal)] : line)
            .Distinct()
            .ToList();
        return lines.Count > 0 ? string.Join('\n', lines) : "The build failed without naming an error.";
    }

    private Process Start()
    {
        // With a heap limit, as the grader's test processes: a runaway allocation ends in OutOfMemoryException (shown
        // as a throw), not in a machine that swaps.
        var process = ChildProcess.Start(DotnetHost(), [Path.Combine(output, "losskata-explore-exercises.dll")], root, heapLimitBytes: HeapLimitBytes);
        lock (errorLines)
        {
            errorLines.Clear();
        }

        process.ErrorDataReceived += (_, received) =>
        {
            if (received.Data is { } line)
            {
                lock (errorLines)
                {
                    if (errorLines.Count < ErrorLinesKept)
                    {
                        errorLines.Add(line);
                    }
                }
            }
        };
        process.BeginErrorReadLine();
        return process;
    }

    private string ErrorOutput()
    {
        lock (errorLines)
        {
            return string.Join('\n', errorLines).Trim();
        }
    }

    private void StopChild()
    {
        if (child is null)
        {
            return;
        }

        ChildProcess.Kill(child);
        child.WaitForExit();
        child.Dispose();
        child = null;
    }

    /// <summary>What a change to the learner's files changes: every file's path, size and time under exercises/.</summary>
    private string Fingerprint()
    {
        var exercises = Path.Combine(root, "exercises");
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(exercises, "*", SearchOption.AllDirectories)
                     .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                    && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(file);
            text.Append(file).Append('|').Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private (int ExitCode, string Output) Dotnet(IReadOnlyList<string> arguments)
    {
        try
        {
            var built = ChildProcess.Run(DotnetHost(), arguments, timeLimit: BuildTimeLimit, cancellation: stopping.Token);
            return built.TimedOut
                ? (-1, $"Building your exercises/ took longer than {BuildTimeLimit.TotalMinutes:0} minutes and was stopped.")
                : (built.ExitCode, built.AllOutput);
        }
        catch (OperationCanceledException)
        {
            return (-1, "The explorer is stopping.");
        }
    }

    /// <summary>The dotnet host: this program's own when it runs in one (dotnet run, dotnet losskata.dll), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
