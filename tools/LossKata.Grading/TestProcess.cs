using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace LossKata.Grading;

/// <summary>
/// Runs the built suite in a child process (xUnit.net's in-process runner, which the test assembly is) with limits —
/// time, memory (a hard GC heap limit) and output — and reads the outcome of every test from the xUnit XML report
/// it writes. No report, or an incomplete one, means the process died (stack overflow, out of memory); past a limit
/// the process tree is killed. The runner's JSON progress messages on standard output tell which test was running
/// when that happened (informative only: they decide nothing); other lines are what the code under test printed.
/// </summary>
internal static class TestProcess
{
    private const int KeptErrorCharacters = 4000;

    /// <summary>The most the code under test may print (and the runner report progress) before the run is stopped.</summary>
    public const long OutputLimitBytes = 8 * 1024 * 1024;

    /// <summary>The learner's own prints kept for display.</summary>
    private const int KeptOutputCharacters = 2000;

    /// <summary>The longest line kept whole (the runner's progress messages are far shorter); the rest of a longer
    /// line is counted, not kept, so that output without a newline cannot grow the grader's memory.</summary>
    private const int KeptLineCharacters = 64 * 1024;

    /// <summary>The GC heap limit of a test process: training the network on the MNIST subset needs a few hundred MB.</summary>
    private const long HeapLimitBytes = 2L * 1024 * 1024 * 1024;

    public static RunResult Run(string testAssembly, RunFilter filter, TimeSpan timeLimit)
    {
        var folder = Path.GetDirectoryName(testAssembly)!;
        var report = Path.Combine(folder, "report.xml");
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        string[] arguments = [testAssembly, .. FilterArguments(filter), "-result-xml", report, "-reporter", "json", "-noLogo", "-noColor", "-noAutoReporters"];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimitBytes.ToString("X", System.Globalization.CultureInfo.InvariantCulture);

        var running = new Dictionary<string, string>();
        var errors = new StringBuilder();
        var printed = new StringBuilder();
        long outputBytes = 0;
        using var tooMuchOutput = new ManualResetEventSlim();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        bool WithinLimit(int characters)
        {
            if (Interlocked.Add(ref outputBytes, characters) <= OutputLimitBytes)
            {
                return true;
            }

            tooMuchOutput.Set();
            return false;
        }

        void Printed(string line)
        {
            if (!Track(line, running) && printed.Length < KeptOutputCharacters)
            {
                printed.AppendLine(line.Length > 200 ? line[..200] + " …" : line);
            }
        }

        void Error(string line)
        {
            if (errors.Length < KeptErrorCharacters)
            {
                errors.AppendLine(line);
            }
        }

        process.Start();
        process.StandardInput.Close();
        var readers = new[]
        {
            Task.Run(() => ReadLines(process.StandardOutput, WithinLimit, Printed)),
            Task.Run(() => ReadLines(process.StandardError, WithinLimit, Error)),
        };
        using var exited = new ManualResetEventSlim();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => exited.Set();
        if (process.HasExited)
        {
            exited.Set();
        }

        var signalled = WaitHandle.WaitAny([exited.WaitHandle, tooMuchOutput.WaitHandle], timeLimit);
        var finished = signalled == 0;
        if (!finished)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        Task.WaitAll(readers);
        stopwatch.Stop();
        List<string> runningTests;
        lock (running)
        {
            runningTests = running.Values.Order(StringComparer.Ordinal).ToList();
        }

        var runningNow = runningTests.Count == 0 ? null : string.Join(", ", runningTests);

        var output = printed.Length == 0 ? null : printed.ToString().TrimEnd();
        if (signalled == 1)
        {
            return new RunResult(
                RunStatus.OutputLimit,
                $"the tests printed more than {OutputLimitBytes / (1024 * 1024)} MB; the test process was stopped (a print in a loop?)."
                + (runningNow is null ? string.Empty : $" Running: {runningNow}."),
                [],
                stopwatch.Elapsed,
                output,
                runningTests);
        }

        if (!finished)
        {
            return new RunResult(
                RunStatus.TimedOut,
                $"The tests did not finish within the time limit of {timeLimit.TotalSeconds:0.#} s (an infinite loop?); the test process was stopped."
                + (runningNow is null ? string.Empty : $" Still running: {runningNow}."),
                [],
                stopwatch.Elapsed,
                output,
                runningTests);
        }

        var tests = ReadReport(report);
        if (tests is null)
        {
            var standardError = errors.ToString().Trim();
            return new RunResult(
                RunStatus.Crashed,
                $"The test process ended (exit code {process.ExitCode}) before the tests finished"
                + (runningNow is null ? "" : $", while running {runningNow}")
                + " — a stack overflow, running out of memory or another fatal error ends the whole process."
                + (standardError.Length == 0 ? string.Empty : "\n" + FirstLines(standardError, 12)),
                [],
                stopwatch.Elapsed,
                output,
                runningTests);
        }

        return new RunResult(RunStatus.Completed, null, tests, stopwatch.Elapsed, output);
    }

    /// <summary>Reads a stream line by line in fixed-size chunks, counting every character against the output limit
    /// and keeping at most <see cref="KeptLineCharacters"/> of a line (Process.BeginOutputReadLine would hold a line
    /// without end in memory, whatever its length); stops reading once the limit is passed.</summary>
    private static void ReadLines(StreamReader reader, Func<int, bool> withinLimit, Action<string> line)
    {
        var buffer = new char[16 * 1024];
        var current = new StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (!withinLimit(read))
            {
                return;
            }

            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == '\n')
                {
                    line(current.ToString().TrimEnd('\r'));
                    current.Clear();
                }
                else if (current.Length < KeptLineCharacters)
                {
                    current.Append(buffer[i]);
                }
            }
        }

        if (current.Length > 0)
        {
            line(current.ToString().TrimEnd('\r'));
        }
    }

    private static IEnumerable<string> FilterArguments(RunFilter filter) =>
        filter.ExerciseIds is not null ? filter.ExerciseIds.SelectMany(id => new[] { "-trait", $"Exercise={id}" })
        : filter.ExerciseId is not null ? ["-trait", $"Exercise={filter.ExerciseId}"]
        : filter.Level is not null ? ["-trait", $"Level={filter.Level}"]
        : [];

    /// <summary>Follows the runner's "test-starting" / "test-finished" messages to know which tests are running;
    /// false for a line that is not a runner message (something the code under test printed).</summary>
    private static bool Track(string line, Dictionary<string, string> running)
    {
        if (!line.StartsWith("{\"$type\":", StringComparison.Ordinal))
        {
            return false;
        }

        var isStarting = line.StartsWith("{\"$type\":\"test-starting\"", StringComparison.Ordinal);
        if (!isStarting && !line.StartsWith("{\"$type\":\"test-finished\"", StringComparison.Ordinal))
        {
            return true;
        }

        JsonDocument message;
        try
        {
            message = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return false;
        }

        using var parsed = message;
        if (!parsed.RootElement.TryGetProperty("TestUniqueID", out var unique) || unique.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var id = unique.GetString() ?? string.Empty;
        lock (running)
        {
            if (isStarting)
            {
                running[id] = parsed.RootElement.TryGetProperty("TestDisplayName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() ?? id : id;
            }
            else
            {
                running.Remove(id);
            }
        }

        return true;
    }

    /// <summary>The tests of a complete xUnit XML report, or null when the report is missing or was cut short.</summary>
    internal static IReadOnlyList<TestResult>? ReadReport(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }

        var assembly = document.Root?.Element("assembly");
        if (assembly?.Attribute("finish-rtf") is null || assembly.Attribute("total") is null)
        {
            return null;
        }

        var tests = assembly.Descendants("test").Select(ReadTest).ToList();
        if (tests.Count != (int)assembly.Attribute("total")!)
        {
            return null;
        }

        return ReportIntegrity.Contradiction(assembly) is { } contradiction
            ? tests.Select(t => t with { Outcome = TestOutcome.Failed, Message = $"{ReportIntegrity.ContradictionMessage} ({contradiction}.)" }).ToList()
            : tests;
    }

    private static TestResult ReadTest(XElement test)
    {
        IEnumerable<string> Traits(string name) =>
            (test.Element("traits")?.Elements("trait") ?? []).Where(t => (string?)t.Attribute("name") == name).Select(t => (string?)t.Attribute("value")).OfType<string>();
        string? Trait(string name) => Traits(name).FirstOrDefault();

        var outcome = (string?)test.Attribute("result") switch
        {
            "Pass" => TestOutcome.Passed,
            "Skip" or "NotRun" => TestOutcome.Skipped,
            _ => TestOutcome.Failed,
        };
        var message = outcome switch
        {
            TestOutcome.Failed => FailureMessage(test.Element("failure")),
            TestOutcome.Skipped => test.Element("reason")?.Value.Trim(),
            _ => null,
        };
        return new TestResult(
            (string?)test.Attribute("name") ?? "(unnamed test)",
            Trait("Exercise") ?? string.Empty,
            int.TryParse(Trait("Level"), out var level) ? level : 0,
            outcome,
            message,
            Traits("Requires").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The failure message, followed by the stack frames in the learner's code (if any): where to look.</summary>
    private static string? FailureMessage(XElement? failure)
    {
        if (failure is null)
        {
            return null;
        }

        var message = failure.Element("message")?.Value.Trim() ?? string.Empty;
        var exerciseFrames = (failure.Element("stack-trace")?.Value ?? string.Empty)
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Contains(" in exercises/", StringComparison.Ordinal))
            .Take(3)
            .ToList();
        return exerciseFrames.Count == 0 ? message : message + "\n" + string.Join("\n", exerciseFrames);
    }

    private static string FirstLines(string text, int count)
    {
        var lines = text.Split('\n');
        return lines.Length <= count ? text : string.Join('\n', lines.Take(count)) + $"\n... ({lines.Length - count} more lines)";
    }

    /// <summary>The <c>dotnet</c> host of the running runtime (the runtime folder is dotnet/shared/Microsoft.NETCore.App/version/).</summary>
    private static string DotnetHost()
    {
        var name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var host = Path.Combine(root, name);
        return File.Exists(host) ? host : name;
    }
}
