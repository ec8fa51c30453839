using System.Text.RegularExpressions;
using LossKata.Course;
using LossKata.Grading;

namespace LossKata.Cli.Learner;

/// <summary>
/// The learner's progress: exercises/ graded exactly as <c>grade</c> grades a submission (same files read, same
/// isolation, same points), printed as a table by level with the first failing test and what to do next. Runs are
/// cached by content, so only the exercises edited since the last check run again. Shared by <c>check</c> and <c>watch</c>.
/// </summary>
public sealed partial class Progress(string root, SuiteRunner runner)
{
    private readonly CourseManifest course = runner.Course;

    /// <summary>Grades exercises/ (all levels, or one).</summary>
    public SubmissionGrade Check(int? level, TimeSpan timeLimit)
    {
        if (level is not null && course.Levels.All(l => l.Level != level))
        {
            throw new UsageException($"There is no level {level}: levels are {string.Join(", ", course.Levels.Select(l => l.Level))}.");
        }

        var submission = Submission.Load(Path.Combine(root, "exercises"), course, "you");
        // Runs stay within a level, so that after an edit only the edited level's tests run again.
        var options = new GradingOptions(timeLimit, level is null ? null : new HashSet<int> { level.Value }, Parallelism: Environment.ProcessorCount)
        {
            RunsAcrossLevels = false,
        };
        return new Grader(runner).Grade(submission, options);
    }

    /// <summary>The exit code of a check: 0 only when every started exercise passes (not started is fine).</summary>
    public static int ExitCode(SubmissionGrade grade) =>
        grade.Levels.SelectMany(l => l.Exercises).All(e => e.State is ExerciseState.Passed or ExerciseState.NotStarted) ? 0 : 1;

    /// <summary>Prints the table, then the first failing test (in <see cref="FailureOrder"/>, as every grade report
    /// lists them) and, with <paramref name="everyFailure"/>, every failing test of each failing exercise, one line
    /// each; the result is <see cref="ExitCode"/>.</summary>
    public int Print(SubmissionGrade grade, TextWriter output, bool everyFailure = false)
    {
        var exercises = grade.Levels.SelectMany(l => l.Exercises).ToList();
        foreach (var level in grade.Levels)
        {
            output.WriteLine($"Level {level.Level} — {level.Title,-46} {PointsFormat.Of(level.Points),6} / {level.MaxPoints}");
            foreach (var exercise in level.Exercises)
            {
                output.WriteLine($"  {Mark(exercise)} {exercise.Id,-46} {State(exercise),-24} {PointsFormat.Of(exercise.Points),6} / {exercise.MaxPoints}");
            }
        }

        output.WriteLine();
        output.WriteLine($"Total: {PointsFormat.Of(grade.Points)} / {grade.MaxPoints} points ({grade.Elapsed.TotalSeconds:F1} s)");
        foreach (var warning in grade.Warnings.Where(w => !w.Contains("is missing from the submission", StringComparison.Ordinal)))
        {
            output.WriteLine($"Note: {warning}");
        }

        if (everyFailure)
        {
            PrintEveryFailure(exercises, output);
        }

        output.WriteLine();
        var broken = exercises.FirstOrDefault(e => e.State is ExerciseState.Failing or ExerciseState.NotRun);
        if (broken is not null)
        {
            var exercise = course.Exercise(broken.Id);
            if (broken.State == ExerciseState.NotRun)
            {
                output.WriteLine($"{broken.Id} {broken.Problem}");
            }
            else
            {
                var test = broken.Failures[0];
                output.WriteLine($"First failing test ({broken.Failed} of {broken.Total} fail in {broken.Id}):");
                output.WriteLine($"  {test.Name}");
                output.WriteLine(Indent(test.Message ?? "(no message)", "    "));
            }

            if (broken.Output is not null)
            {
                output.WriteLine("  Your code printed:");
                output.WriteLine(Indent(broken.Output, "    | "));
            }

            output.WriteLine($"  Edit: exercises/{exercise.File} — {exercise.Id}");
            output.WriteLine($"  Read: {course.Level(exercise.Level).Doc}");
            output.WriteLine($"  Stuck? ./losskata hint {exercise.Id}");
            return 1;
        }

        var next = exercises.FirstOrDefault(g => g.State == ExerciseState.NotStarted);
        if (next is not null)
        {
            var exercise = course.Exercise(next.Id);
            output.WriteLine($"Everything you started passes. Next: implement {exercise.Id} in exercises/{exercise.File} (read {course.Level(exercise.Level).Doc}).");
        }
        else
        {
            output.WriteLine("Every exercise passes. Compare your code with solutions/ when you like.");
        }

        return 0;
    }

    /// <summary>Every failing test of each failing exercise (and why each exercise that did not run did not), one
    /// line each: the test's name within its class and the line of its message that says the most.</summary>
    private static void PrintEveryFailure(IEnumerable<ExerciseGrade> exercises, TextWriter output)
    {
        foreach (var exercise in exercises.Where(e => e.State is ExerciseState.Failing or ExerciseState.NotRun))
        {
            output.WriteLine();
            if (exercise.State == ExerciseState.NotRun)
            {
                // "does not compile:" alone says little: the compiler's first error goes on the same line.
                output.WriteLine($"{exercise.Id}: {Shorten(string.Join(' ', Lines(exercise.Problem).Take(2)))}");
                continue;
            }

            output.WriteLine($"{exercise.Id}: {exercise.Failed} of {exercise.Total} tests fail");
            foreach (var test in exercise.Failures)
            {
                output.WriteLine($"  ✗ {ShortName(test.Name)}: {Shorten(Gist(test.Message))}");
            }
        }
    }

    /// <summary>The line of a failure message that says the most: the diagnosis when there is one, else for a
    /// property its shrunk counterexample and the assertion it broke (the "---- " line under FsCheck's report), else
    /// the first line.</summary>
    private static string Gist(string? message)
    {
        var lines = Lines(message ?? "(no message)");
        var diagnosis = lines.FirstOrDefault(line => line.Contains(FailureOrder.Marker, StringComparison.Ordinal));
        if (diagnosis is not null)
        {
            return diagnosis[diagnosis.IndexOf(FailureOrder.Marker, StringComparison.Ordinal)..];
        }

        var innermost = lines.LastOrDefault(line => line.StartsWith("---- ", StringComparison.Ordinal));
        return innermost is not null
            ? ExceptionType().Replace(innermost.TrimStart('-', ' '), string.Empty)
            : lines.FirstOrDefault() ?? "(no message)";
    }

    /// <summary>A test's name without its namespace: <c>KlDivergenceTests.KL_is_not_symmetric</c>.</summary>
    private static string ShortName(string name)
    {
        var arguments = name.IndexOf('(', StringComparison.Ordinal);
        var method = arguments < 0 ? name : name[..arguments];
        var parts = method.Split('.');
        return parts.Length <= 2 ? name : string.Join('.', parts[^2..]) + (arguments < 0 ? string.Empty : name[arguments..]);
    }

    /// <summary>"LossKata.Tests.CounterexampleException : " before the message it carries.</summary>
    [GeneratedRegex(@"^[\w.]+Exception : ")]
    private static partial Regex ExceptionType();

    private static List<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();

    private static string Shorten(string line) => line.Length <= 200 ? line : line[..200] + " …";

    private static string Indent(string text, string prefix) =>
        string.Join('\n', text.TrimEnd().Split('\n').Select(line => prefix + line.TrimEnd('\r')));

    private static string Mark(ExerciseGrade exercise) => exercise.State switch
    {
        ExerciseState.Passed => "✓",
        ExerciseState.Failing or ExerciseState.NotRun => "✗",
        _ => "·",
    };

    private static string State(ExerciseGrade exercise) => exercise.State switch
    {
        ExerciseState.Passed => $"passed ({exercise.Total} tests)",
        ExerciseState.Failing => $"failing ({exercise.Passed}/{exercise.Total} pass)",
        ExerciseState.NotRun => (exercise.Problem ?? "not run").Split(':')[0],
        _ when exercise.Total == 0 => "no tests yet",
        _ => "not started",
    };
}
