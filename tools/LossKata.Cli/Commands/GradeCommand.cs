using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using LossKata.Cli.Learner;
using LossKata.Course;
using LossKata.Grading;

namespace LossKata.Cli.Commands;

/// <summary>Grades one learner's submission, or a whole class, exercise by exercise in isolation; see docs/grading.md.</summary>
public sealed class GradeCommand : LossKataCommand
{
    private readonly Option<string?> submission = new("--submission") { HelpName = "DIR", Description = "a learner's copy of the repository, or of its exercises/ folder" };
    private readonly Option<string?> submissions = new("--submissions")
    {
        HelpName = "DIR",
        Description = "one sub-folder per learner; writes one report each and gradebook.csv to --out (default: grades/ in the current folder)",
    };
    private readonly Option<ReportFormat> format = new("--format")
    {
        HelpName = "text|markdown|json|gradescope|junit|classroom",
        Description = "report format; gradescope writes Gradescope's results.json, classroom the result GitHub Classroom's autograding reporter reads",
        DefaultValueFactory = _ => ReportFormat.Text,
        CustomParser = ParseFormat,
    };
    private readonly Option<string?> output = new("--out")
    {
        HelpName = "PATH",
        Description = "where to write the report (default: standard output) or, with --submissions, the folder",
    };
    private readonly Option<int> timeLimit = TimeLimitOption.Create();
    private readonly Option<HashSet<int>?> levels = new("--level")
    {
        HelpName = "N[,M...]",
        Description = "grade only these levels, e.g. 3 or 1,2",
        CustomParser = ParseLevels,
    };
    private readonly Option<int?> jobs = CommandOptions.OptionalInteger(
        "--jobs", "N", "learners graded at once with --submissions (default: the number of cores)", minimum: 1);
    private readonly Option<bool> strict = new("--strict")
    {
        Description = "exit with 1 unless every graded level has full points (one GitHub Classroom step per level)",
    };
    private readonly Option<bool> points = new("--points") { Description = "print the points of every exercise (from course.json) and stop" };
    private readonly Option<string?> repository = CommandOptions.Repository();

    public GradeCommand()
        : base("grade", "grade a submission (or a class of them) for instructors: points per level, reports for Gradescope, JUnit, CSV", """
            Give --submission DIR (one learner), --submissions DIR (a class) or --points.
            Only the .cs files in the level folders are read from a submission; tests, project files and points come
            from the grading repository. Each exercise runs on its own, with the reference for every other exercise, and
            its code must keep the grader's rules (no files, processes, reflection, threads; see docs/grading.md).
            """)
    {
        foreach (var option in new Option[] { submission, submissions, format, output, timeLimit, levels, jobs, strict, points, repository })
        {
            Options.Add(option);
        }
    }

    protected override int Execute(ParseResult parsed)
    {
        var root = Repository.Find(parsed.GetValue(repository));
        if (parsed.GetValue(points))
        {
            PrintPoints(CourseManifest.Load(root));
            return 0;
        }

        var one = parsed.GetValue(submission);
        var many = parsed.GetValue(submissions);
        var chosenFormat = parsed.GetValue(format);
        var outputPath = parsed.GetValue(output);
        var limit = TimeSpan.FromSeconds(parsed.GetValue(timeLimit));
        var chosenLevels = parsed.GetValue(levels);
        if ((one is null) == (many is null))
        {
            throw new UsageException("Give either --submission DIR (one learner) or --submissions DIR (a class).");
        }

        using var runner = SuiteRunner.Create(root, message => Console.Error.WriteLine(message));
        var grader = new Grader(runner);
        // One learner: the exercises run side by side on every core; a class: learners side by side (--jobs).
        return one is not null
            ? GradeOne(grader, runner.Course, one, new GradingOptions(limit, chosenLevels, Environment.ProcessorCount), chosenFormat, outputPath, parsed.GetValue(strict))
            : GradeClass(grader, runner.Course, many!, new GradingOptions(limit, chosenLevels), chosenFormat, outputPath ?? "grades",
                parsed.GetValue(jobs) ?? Environment.ProcessorCount);
    }

    private static int GradeOne(Grader grader, CourseManifest course, string folder, GradingOptions options, ReportFormat format, string? output, bool strict)
    {
        SubmissionGrade grade;
        try
        {
            grade = grader.Grade(Submission.Load(folder, course), options);
        }
        catch (Exception problem) when (problem is IOException or InvalidDataException)
        {
            if (format is ReportFormat.Text or ReportFormat.Markdown)
            {
                throw new UsageException(problem.Message);
            }

            // A platform (Gradescope, Classroom) still gets a report, with zero points and the reason.
            grade = Reports.Unreadable(Path.GetFileName(Path.GetFullPath(folder)), folder, problem.Message);
        }

        var report = Reports.Write(grade, format);
        if (output is null)
        {
            Console.Write(report);
        }
        else
        {
            WriteFile(output, report);
            Console.Error.WriteLine($"{grade.Learner}: {PointsFormat.Of(grade.Points)} / {grade.MaxPoints} points; {format} report written to {output}");
        }

        var graded = grade.Levels.Where(l => l.Outcome != LevelOutcome.NotGraded).ToList();
        return strict && (graded.Count == 0 || graded.Any(l => l.Points < l.MaxPoints)) ? 1 : 0;
    }

    private static int GradeClass(Grader grader, CourseManifest course, string folder, GradingOptions options, ReportFormat format, string output, int jobs)
    {
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"--submissions {folder}: no such folder.");
        }

        Directory.CreateDirectory(output);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        // The gradebook holds every learner graded, even should the run be cut short.
        var graded = new List<SubmissionGrade>();
        var gradebook = Path.Combine(output, "gradebook.csv");
        try
        {
            grader.GradeClass(folder, options, jobs, grade =>
            {
                lock (graded)
                {
                    graded.Add(grade);
                }

                WriteFile(Path.Combine(output, grade.Learner + Reports.FileExtension(format)), Reports.Write(grade, format));
                Console.Error.WriteLine($"  {grade.Learner,-30} {PointsFormat.Of(grade.Points),6} / {grade.MaxPoints}  ({grade.Elapsed.TotalSeconds:F1} s)");
            });
        }
        finally
        {
            lock (graded)
            {
                WriteFile(gradebook, Reports.Gradebook(graded, course));
            }
        }

        Console.WriteLine($"Graded {graded.Count} submissions in {stopwatch.Elapsed.TotalSeconds:F1} s with {jobs} jobs; gradebook: {gradebook}");
        return 0;
    }

    private static void PrintPoints(CourseManifest course)
    {
        Console.WriteLine($"Points per exercise, from {CourseManifest.RelativePath} ({course.TotalPoints} in all):");
        foreach (var level in course.Levels)
        {
            var exercises = course.ExercisesOf(level.Level).ToList();
            Console.WriteLine();
            Console.WriteLine($"Level {level.Level} — {level.Title}: {exercises.Sum(e => e.Points)} points");
            foreach (var exercise in exercises)
            {
                Console.WriteLine($"  {exercise.Id,-45} {exercise.Points,3}   exercises/{exercise.File}");
            }
        }
    }

    private static ReportFormat ParseFormat(ArgumentResult result)
    {
        try
        {
            return Reports.ParseFormat(result.Tokens[0].Value);
        }
        catch (ArgumentException problem)
        {
            result.AddError($"--format: {problem.Message}");
            return ReportFormat.Text;
        }
    }

    private static HashSet<int>? ParseLevels(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        var parts = text.Split(',');
        if (parts.All(part => int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level) && level > 0))
        {
            return [.. parts.Select(part => int.Parse(part, CultureInfo.InvariantCulture))];
        }

        result.AddError($"--level takes level numbers such as 3 or 1,2, not '{text}'.");
        return null;
    }

    private static void WriteFile(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, text);
    }
}
