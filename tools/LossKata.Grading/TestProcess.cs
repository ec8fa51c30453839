using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using LossKata.Course;

namespace LossKata.Grading;

/// <summary>
/// Runs the built suite in a child process (xUnit.net's in-process runner, which the test assembly is) with limits —
/// time and memory (a hard GC heap limit) — and reads the outcome of every test from the xUnit XML report it writes.
/// No report, or an incomplete one, means the process died (stack overflow, out of memory); past the time limit the
/// process tree is killed. What the process prints is read to the end, however much: the start is kept, the rest
/// counted, so printing costs nothing but the time it takes. The runner's JSON progress messages on standard output tell which test was running
/// when that happened (informative only: they decide nothing); other lines are what the code under test printed.
/// </summary>
internal static class TestProcess
{
    private const int KeptErrorCharacters = 4000;

    /// <summary>The largest XML report read: a report of the whole suite is under a megabyte, and only an exception
    /// message of tens of megabytes (the learner's) could make it larger.</summary>
    private const long MaxReportBytes = 64 * 1024 * 1024;

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
        string[] arguments = [testAssembly, .. FilterArguments(filter), "-result-xml", report, "-reporter", "json", "-noLogo", "-noColor", "-noAutoReporters"];
        var running = new Dictionary<string, string>();
        var errors = new StringBuilder();
        var printed = new StringBuilder();
        long printedCharacters = 0;
        void Printed(string line, long length)
        {
            if (Track(line, running))
            {
                return;
            }

            Interlocked.Add(ref printedCharacters, length + 1);
            if (printed.Length < KeptOutputCharacters)
            {
                printed.AppendLine(line.Length > 200 ? line[..200] + " …" : line);
            }
        }

        void Error(string line, long length)
        {
            if (errors.Length < KeptErrorCharacters)
            {
                errors.AppendLine(line);
            }
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = ChildProcess.Start(DotnetHost.Path, arguments, folder, heapLimitBytes: HeapLimitBytes);
        process.StandardInput.Close();
        var readers = new[]
        {
            Task.Run(() => ReadLines(process.StandardOutput, Printed)),
            Task.Run(() => ReadLines(process.StandardError, Error)),
        };
        using var exited = new ManualResetEventSlim();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => exited.Set();
        if (process.HasExited)
        {
            exited.Set();
        }

        var finished = exited.Wait(timeLimit);
        if (!finished)
        {
            ChildProcess.Kill(process);
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

        var output = printed.Length == 0 ? null
            : printed.ToString().TrimEnd() + (printedCharacters > printed.Length ? $"\n… ({printedCharacters:N0} characters printed in all; only the start is kept)" : string.Empty);

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

        if (File.Exists(report) && new FileInfo(report).Length > MaxReportBytes)
        {
            return new RunResult(
                RunStatus.Crashed,
                $"The tests' report is {SubmissionLimits.Size(new FileInfo(report).Length)}, more than the grader reads: an exception message of that size?",
                [],
                stopwatch.Elapsed,
                output);
        }

        var tests = ReadReport(report);
        if (tests is null)
        {
            var standardError = errors.ToString().Trim();
            var cause = standardError.StartsWith("Stack overflow", StringComparison.Ordinal)
                ? " with a stack overflow (a recursion without end?)"
                : " — a stack overflow, running out of memory or another fatal error ends the whole process";
            return new RunResult(
                RunStatus.Crashed,
                $"The test process ended (exit code {process.ExitCode}) before the tests finished"
                + (runningNow is null ? "" : $", while running {runningNow},")
                + cause + "."
                + (standardError.Length == 0 ? string.Empty : "\n" + FirstLines(standardError, 12)),
                [],
                stopwatch.Elapsed,
                output,
                runningTests);
        }

        return new RunResult(RunStatus.Completed, null, tests, stopwatch.Elapsed, output);
    }

    /// <summary>Reads a stream to its end, line by line in fixed-size chunks, keeping at most
    /// <see cref="KeptLineCharacters"/> of a line (Process.BeginOutputReadLine would hold a line without end in
    /// memory, whatever its length) and giving each line's whole length.</summary>
    private static void ReadLines(StreamReader reader, Action<string, long> line)
    {
        var buffer = new char[16 * 1024];
        var current = new StringBuilder();
        long length = 0;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == '\n')
                {
                    line(current.ToString().TrimEnd('\r'), length);
                    current.Clear();
                    length = 0;
                    continue;
                }

                length++;
                if (current.Length < KeptLineCharacters)
                {
                    current.Append(buffer[i]);
                }
            }
        }

        if (length > 0)
        {
            line(current.ToString().TrimEnd('\r'), length);
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
}
