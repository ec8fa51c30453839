using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using FluentAssertions.Common;
using FluentAssertions.Formatting;

namespace LossKata.Tests
{

    /// <summary>
    /// Failures as a learner reads them: an assertion's message without the assertion library's stack frames (the
    /// message says what was tried, what was expected and why), and an exception thrown by the learner's code shown
    /// with its frames in exercises/ only — file and line of the learner's own code, no test-framework frames.
    /// </summary>
    internal static class LearnerFacingFailures
    {
        [ModuleInitializer]
        internal static void Install()
        {
            Services.ThrowException = message => throw new Xunit.Sdk.LearnerAssertionException(message + LearnerOutput.OfCurrentTest());
            Formatter.AddFormatter(new LearnerExceptionFormatter());
        }

        /// <summary>The frames of an exception that are in the learner's (or the reference's) exercise files.</summary>
        public static IEnumerable<string> ExerciseFrames(Exception exception) =>
            (exception.StackTrace ?? string.Empty).Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Contains("/exercises/", StringComparison.Ordinal) || line.Contains("/solutions/", StringComparison.Ordinal)
                    || line.Contains(" exercises/", StringComparison.Ordinal));
    }

    /// <summary>
    /// What the learner's code prints under <c>dotnet test</c>: kept per test (a few lines) instead of flooding the run,
    /// and shown once, trimmed, under the message of the test if it fails. Installed by the exercises run's entry point.
    /// </summary>
    public static class LearnerOutput
    {
        private const int KeptCharacters = 1500;

        private static readonly ConcurrentDictionary<string, Printed> ByTest = new();

        public static void Capture() => Console.SetOut(new Writer());

        /// <summary>The trimmed output of the running test, as a block to append to a failure message, or nothing.</summary>
        public static string OfCurrentTest()
        {
            var test = TestContext.Current.Test?.UniqueID;
            if (test is null || !ByTest.TryRemove(test, out var printed))
            {
                return string.Empty;
            }

            lock (printed)
            {
                var lines = printed.Text.ToString().TrimEnd().Split('\n');
                var more = printed.Lines > lines.Length ? $" (the first of {printed.Lines} lines)" : string.Empty;
                return $"\n\nYour code printed{more}:\n" + string.Join('\n', lines.Select(line => "  | " + line.TrimEnd('\r')));
            }
        }

        private sealed class Printed
        {
            public StringBuilder Text { get; } = new();

            public int Lines { get; set; }
        }

        private sealed class Writer : TextWriter
        {
            public override Encoding Encoding => Encoding.UTF8;

            public override void Write(char value) => Write(value.ToString());

            public override void Write(string? value)
            {
                var test = TestContext.Current.Test?.UniqueID;
                if (test is null || value is null)
                {
                    return;
                }

                var printed = ByTest.GetOrAdd(test, _ => new Printed());
                lock (printed)
                {
                    printed.Lines += value.Count(c => c == '\n');
                    if (printed.Text.Length < KeptCharacters)
                    {
                        printed.Text.Append(value.Length > KeptCharacters ? value[..KeptCharacters] : value);
                    }
                }
            }

            public override void WriteLine(string? value) => Write(value + "\n");
        }
    }

    /// <summary>Shows an exception inside an assertion message as its type, message and the exercise frames.</summary>
    internal sealed class LearnerExceptionFormatter : IValueFormatter
    {
        public bool CanHandle(object value) => value is Exception;

        public void Format(object value, FormattedObjectGraph formattedGraph, FormattingContext context, FormatChild formatChild)
        {
            var exception = (Exception)value;
            formattedGraph.AddFragment($"{exception.GetType().FullName}: {exception.Message}");
            foreach (var frame in LearnerFacingFailures.ExerciseFrames(exception))
            {
                formattedGraph.AddLine("   " + frame);
            }
        }
    }
}

namespace Xunit.Sdk
{
    /// <summary>An assertion that failed: its message is the whole story, so it carries no stack trace. It lives in
    /// Xunit.Sdk because xUnit.net prints the type name before the message of any exception outside that namespace.</summary>
    public sealed class LearnerAssertionException(string message) : XunitException(message)
    {
        public override string? StackTrace => null;
    }
}
