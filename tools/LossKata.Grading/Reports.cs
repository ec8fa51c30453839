using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml.Linq;
using LossKata.Course;

namespace LossKata.Grading;

public enum ReportFormat
{
    Text,
    Markdown,
    Json,

    /// <summary>Gradescope's results.json: score, execution_time, output, tests[] (name, score, max_score, status, output, visibility).</summary>
    Gradescope,

    /// <summary>JUnit XML: one test suite per level, one test case per exercise.</summary>
    Junit,

    /// <summary>The runner result GitHub Classroom's autograding reporter reads (version, status, max_score,
    /// tests[] with name, status, score, message); one per level, base64-encoded by the workflow.</summary>
    Classroom,
}

/// <summary>Writes a <see cref="SubmissionGrade"/> in the formats instructors and course platforms read, and the class gradebook.</summary>
public static class Reports
{
    private const int FailuresShownPerExercise = 3;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly JsonSerializerOptions SnakeCaseJson = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ReportFormat ParseFormat(string name) =>
        Enum.TryParse<ReportFormat>(name, ignoreCase: true, out var format)
            ? format
            : throw new ArgumentException($"Unknown format '{name}': use text, markdown, json, gradescope, junit or classroom.");

    public static string FileExtension(ReportFormat format) => format switch
    {
        ReportFormat.Text => ".txt",
        ReportFormat.Markdown => ".md",
        ReportFormat.Junit => ".xml",
        _ => ".json",
    };

    public static string Write(SubmissionGrade grade, ReportFormat format) => format switch
    {
        ReportFormat.Text => Text(grade),
        ReportFormat.Markdown => Markdown(grade),
        ReportFormat.Json => JsonSerializer.Serialize(grade, Json),
        ReportFormat.Gradescope => Gradescope(grade),
        ReportFormat.Junit => Junit(grade),
        ReportFormat.Classroom => Classroom(grade),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The class gradebook: one row per learner with the points of every level and the total.</summary>
    public static string Gradebook(IReadOnlyList<SubmissionGrade> grades, CourseManifest course)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', ["learner", .. course.Levels.Select(l => $"level{l.Level}"), "total", "max", "problems"]));
        foreach (var grade in grades.OrderBy(g => g.Learner, StringComparer.Ordinal))
        {
            var levels = course.Levels.Select(l => grade.Levels.FirstOrDefault(g => g.Level == l.Level) is { Outcome: not LevelOutcome.NotGraded } level ? PointsFormat.Of(level.Points) : "");
            var problems = string.Join("; ", grade.Levels.SelectMany(l => l.Exercises).Where(e => e.Problem is not null).Select(e => $"{e.Id}: {FirstLine(e.Problem)}"));
            text.AppendLine(string.Join(',', [Csv(grade.Learner), .. levels, PointsFormat.Of(grade.Points), grade.MaxPoints.ToString(CultureInfo.InvariantCulture), Csv(problems)]));
        }

        return text.ToString();
    }

    /// <summary>A row for a learner whose submission could not be read at all (no exercises folder, say).</summary>
    public static SubmissionGrade Unreadable(string learner, string folder, string problem) =>
        new(learner, folder, string.Empty, [], [], [problem], TimeSpan.Zero);

    private static string Text(SubmissionGrade grade)
    {
        var text = new StringBuilder();
        text.AppendLine($"LossKata grade for {grade.Learner}: {PointsFormat.Of(grade.Points)} / {grade.MaxPoints} points");
        text.AppendLine($"Submission: {grade.Submission}   graded in {grade.Elapsed.TotalSeconds:F1} s   suite {Short(grade.SuiteHash)}");
        foreach (var level in grade.Levels)
        {
            text.AppendLine();
            text.AppendLine($"Level {level.Level} — {level.Title}: {LevelSummary(level)}   ({level.Elapsed.TotalSeconds:F1} s)");
            foreach (var exercise in level.Exercises)
            {
                text.AppendLine($"  {exercise.Id,-45} {PointsFormat.Of(exercise.Points),6} / {exercise.MaxPoints,-3} {ExerciseSummary(exercise)}");
                if (exercise.Problem is not null)
                {
                    text.AppendLine(Indent(Shorten(exercise.Problem), "      "));
                }

                foreach (var failure in exercise.Failures.Take(FailuresShownPerExercise))
                {
                    text.AppendLine($"      ✗ {failure.Name}");
                    text.AppendLine(Indent(Shorten(failure.Message), "        "));
                }
            }
        }

        AppendFilesAndWarnings(text, grade, file => $"  {file.Sha256 ?? "(missing)",-64}  {file.Path}", warning => $"  ! {warning}");
        return text.ToString();
    }

    private static string Markdown(SubmissionGrade grade)
    {
        var text = new StringBuilder();
        text.AppendLine($"# LossKata grade for {grade.Learner}: {PointsFormat.Of(grade.Points)} / {grade.MaxPoints}");
        text.AppendLine();
        text.AppendLine("| Level | Exercise | Points | Result |");
        text.AppendLine("|---|---|---:|---|");
        foreach (var level in grade.Levels)
        {
            text.AppendLine($"| **{level.Level}** | **{level.Title}** | **{PointsFormat.Of(level.Points)} / {level.MaxPoints}** | {LevelSummary(level)} |");
            foreach (var exercise in level.Exercises)
            {
                text.AppendLine($"| | `{exercise.Id}` | {PointsFormat.Of(exercise.Points)} / {exercise.MaxPoints} | {ExerciseSummary(exercise)} |");
            }
        }

        foreach (var level in grade.Levels.Where(l => l.Exercises.Any(e => e.Failures.Count > 0 || e.Problem is not null)))
        {
            text.AppendLine();
            text.AppendLine($"## Level {level.Level}: what went wrong");
            foreach (var exercise in level.Exercises.Where(e => e.Problem is not null))
            {
                text.AppendLine();
                text.AppendLine($"`{exercise.Id}`:");
                text.AppendLine();
                text.AppendLine(Fenced(Shorten(exercise.Problem), string.Empty));
            }

            foreach (var failure in level.Exercises.SelectMany(e => e.Failures.Take(FailuresShownPerExercise)))
            {
                text.AppendLine();
                text.AppendLine($"- `{failure.Name}`");
                text.AppendLine();
                text.AppendLine(Fenced(Shorten(failure.Message), "  "));
            }
        }

        text.AppendLine();
        text.AppendLine("## Files graded");
        text.AppendLine();
        text.AppendLine("| File | SHA-256 |");
        text.AppendLine("|---|---|");
        foreach (var file in grade.Files)
        {
            text.AppendLine($"| `{file.Path}` | {(file.Sha256 is null ? "missing" : $"`{file.Sha256}`")} |");
        }

        if (grade.Warnings.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("## Warnings");
            text.AppendLine();
            foreach (var warning in grade.Warnings)
            {
                text.AppendLine($"- {warning}");
            }
        }

        return text.ToString();
    }

    /// <summary>A fenced text block: the fence is longer than any run of backticks in the text (which the learner's
    /// code can print or throw), so that nothing in it can close the block and turn into Markdown or HTML.</summary>
    private static string Fenced(string text, string indent)
    {
        var longestRun = 0;
        var run = 0;
        foreach (var character in text)
        {
            run = character == '`' ? run + 1 : 0;
            longestRun = Math.Max(longestRun, run);
        }

        var fence = new string('`', Math.Max(3, longestRun + 1));
        return $"{indent}{fence}text\n{Indent(text, indent)}\n{indent}{fence}";
    }

    private static string Gradescope(SubmissionGrade grade)
    {
        var tests = grade.Levels.SelectMany(level => level.Exercises.Select(exercise => new GradescopeTest(
            $"Level {level.Level} · {exercise.Id}",
            exercise.Points,
            exercise.MaxPoints,
            exercise.State == ExerciseState.Passed ? "passed" : "failed",
            ExerciseOutput(exercise),
            "visible"))).ToList();
        var summary = new StringBuilder();
        summary.AppendLine($"{PointsFormat.Of(grade.Points)} / {grade.MaxPoints} points.");
        foreach (var level in grade.Levels)
        {
            summary.AppendLine($"Level {level.Level} ({level.Title}): {PointsFormat.Of(level.Points)} / {level.MaxPoints}, {LevelSummary(level)}");
        }

        summary.AppendLine();
        summary.AppendLine("Files graded (SHA-256):");
        foreach (var file in grade.Files)
        {
            summary.AppendLine($"{file.Sha256 ?? "missing"}  {file.Path}");
        }

        foreach (var warning in grade.Warnings)
        {
            summary.AppendLine($"Warning: {warning}");
        }

        var results = new GradescopeResults(grade.Points, Math.Round(grade.Elapsed.TotalSeconds, 1), summary.ToString(), "visible", tests);
        return JsonSerializer.Serialize(results, SnakeCaseJson);
    }

    private static string ExerciseOutput(ExerciseGrade exercise)
    {
        var text = new StringBuilder(ExerciseSummary(exercise));
        if (exercise.Problem is not null)
        {
            text.AppendLine().AppendLine().Append(Shorten(exercise.Problem));
        }

        foreach (var failure in exercise.Failures.Take(FailuresShownPerExercise))
        {
            text.AppendLine().AppendLine().Append("✗ ").AppendLine(failure.Name).Append(Shorten(failure.Message));
        }

        return text.ToString();
    }

    private static string Classroom(SubmissionGrade grade)
    {
        var tests = grade.Levels.SelectMany(level => level.Exercises.Select(exercise => new ClassroomTest(
            $"Level {level.Level} · {exercise.Id}",
            exercise.State switch
            {
                ExerciseState.Passed => "pass",
                ExerciseState.NotRun => "error",
                _ => "fail",
            },
            exercise.Points,
            ExerciseOutput(exercise)))).ToList();
        var status = tests.Any(t => t.Status == "error") ? "error" : tests.All(t => t.Status == "pass") ? "pass" : "fail";
        return JsonSerializer.Serialize(new ClassroomResults(1, status, grade.MaxPoints, tests), SnakeCaseJson);
    }

    private static string Junit(SubmissionGrade grade)
    {
        var suites = grade.Levels.Select(level => new XElement(
            "testsuite",
            new XAttribute("name", $"Level {level.Level} — {level.Title}"),
            new XAttribute("tests", level.Exercises.Count),
            new XAttribute("failures", level.Exercises.Count(e => e.State == ExerciseState.Failing)),
            new XAttribute("errors", level.Exercises.Count(e => e.State == ExerciseState.NotRun)),
            new XAttribute("skipped", level.Exercises.Count(e => e.State == ExerciseState.NotStarted)),
            new XAttribute("time", Seconds(level.Elapsed)),
            level.Exercises.Select(exercise => new XElement(
                "testcase",
                new XAttribute("name", $"{exercise.Id} ({PointsFormat.Of(exercise.Points)} / {exercise.MaxPoints} points)"),
                new XAttribute("classname", $"LossKata.Level{level.Level}"),
                exercise.State switch
                {
                    ExerciseState.Failing => new XElement(
                        "failure",
                        new XAttribute("message", ExerciseSummary(exercise)),
                        string.Join("\n\n", exercise.Failures.Take(FailuresShownPerExercise).Select(f => $"{f.Name}\n{Shorten(f.Message)}"))),
                    ExerciseState.NotRun => new XElement("error", new XAttribute("message", FirstLine(exercise.Problem)), exercise.Problem),
                    ExerciseState.NotStarted => new XElement("skipped", new XAttribute("message", "not started")),
                    _ => null,
                }))));
        var document = new XDocument(new XElement(
            "testsuites",
            new XAttribute("name", $"LossKata grade for {grade.Learner}: {PointsFormat.Of(grade.Points)} / {grade.MaxPoints}"),
            new XAttribute("time", Seconds(grade.Elapsed)),
            suites));
        return document.Declaration + document.ToString();
    }

    private static void AppendFilesAndWarnings(StringBuilder text, SubmissionGrade grade, Func<SubmittedFile, string> file, Func<string, string> warning)
    {
        text.AppendLine();
        text.AppendLine("Files graded (SHA-256):");
        foreach (var submitted in grade.Files)
        {
            text.AppendLine(file(submitted));
        }

        if (grade.Warnings.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Warnings:");
            foreach (var message in grade.Warnings)
            {
                text.AppendLine(warning(message));
            }
        }
    }

    private static string LevelSummary(LevelGrade level) => level.Outcome switch
    {
        LevelOutcome.NotGraded => "not graded — " + level.Detail,
        _ => $"{PointsFormat.Of(level.Points)} / {level.MaxPoints}",
    };

    private static string ExerciseSummary(ExerciseGrade exercise) => exercise.State switch
    {
        ExerciseState.Passed => $"passed ({exercise.Passed} tests)",
        ExerciseState.NotStarted => "not started",
        ExerciseState.NotRun => FirstLine(exercise.Problem),
        _ => $"failing: {exercise.Passed} of {exercise.Total} tests pass",
    };

    private static string FirstLine(string? text)
    {
        var line = (text ?? "not run").Split('\n')[0].Trim().TrimEnd(':');
        return line.Length <= 160 ? line : line[..160] + " …";
    }

    private static string Shorten(string? message)
    {
        const int limit = 1200;
        var text = (message ?? "(no message)").Trim();
        return text.Length <= limit ? text : text[..limit] + " …";
    }

    private static string Indent(string text, string prefix) =>
        string.Join('\n', text.Split('\n').Select(line => prefix + line.TrimEnd('\r')));

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record GradescopeResults(double Score, double ExecutionTime, string Output, string StdoutVisibility, IReadOnlyList<GradescopeTest> Tests);

    private sealed record ClassroomResults(int Version, string Status, int MaxScore, IReadOnlyList<ClassroomTest> Tests);

    private sealed record ClassroomTest(string Name, string Status, double Score, string Message);

    private sealed record GradescopeTest(string Name, double Score, int MaxScore, string Status, string Output, string Visibility);
}
