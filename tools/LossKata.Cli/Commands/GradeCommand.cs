using System.Globalization;
using LossKata.Cli.Learner;
using LossKata.Grading;

namespace LossKata.Cli.Commands;

/// <summary>Grades one learner's submission, or a whole class, exercise by exercise in isolation; see docs/grading.md.</summary>
public sealed class GradeCommand : ICommand
{
    public string Name => "grade";

    public string Summary => "grade a submission (or a class of them) for instructors: points per level, reports for Gradescope, JUnit, CSV";

    public string Usage => """
        usage: grade --submission DIR [--format text|markdown|json|gradescope|junit|classroom] [--out FILE]
               grade --submissions DIR [--jobs N] [--format ...] [--out FOLDER]
               grade --points

          --submission DIR    a learner's copy of the repository, or of its exercises/ folder
          --submissions DIR   one sub-folder per learner; writes one report each and gradebook.csv to --out
                              (default: grades/ in the current folder)
          --format F          report format (default text); gradescope writes Gradescope's results.json,
                              classroom the result GitHub Classroom's autograding reporter reads
          --out PATH          where to write the report (default: standard output) or, with --submissions, the folder
          --time-limit S      seconds each exercise's tests may run before they are stopped (default 60)
          --level N           grade only level N (may be repeated as --level N,M)
          --jobs N            learners graded at once with --submissions (default: the number of cores)
          --strict            exit with 1 unless every graded level has full points (one GitHub Classroom step per level)
          --points            print the points of every exercise (from tests/exercises.json) and stop
          --repository DIR    the grading repository (default: the one around the current folder)

        Only the .cs files in the level folders are read from a submission; tests, project files and points come
        from the grading repository. Each exercise runs on its own, with the reference for every other exercise, and
        its code must keep the grader's rules (no files, processes, reflection, threads; see docs/grading.md).
        """;

    public int Run(IReadOnlyList<string> arguments)
    {
        var options = new Arguments(arguments, new HashSet<string> { "points", "strict" });
        var root = Repository.Find(options.Text("repository"));
        if (options.Flag("points"))
        {
            options.RejectUnknown();
            PrintPoints(Catalog.Load(root));
            return 0;
        }

        var submission = options.Text("submission");
        var submissions = options.Text("submissions");
        var format = ParseFormat(options.Text("format") ?? "text");
        var output = options.Text("out");
        var timeLimit = TimeSpan.FromSeconds(options.Integer("time-limit", 1) ?? (int)GradingOptions.DefaultTimeLimit.TotalSeconds);
        var jobs = options.Integer("jobs", 1) ?? Environment.ProcessorCount;
        var levels = ParseLevels(options.Text("level"));
        var strict = options.Flag("strict");
        options.RejectUnknown();
        if ((submission is null) == (submissions is null))
        {
            throw new UsageException("Give either --submission DIR (one learner) or --submissions DIR (a class).");
        }

        using var runner = SuiteRunner.Create(root, message => Console.Error.WriteLine(message));
        var grader = new Grader(runner);
        // One learner: the exercises run side by side on every core; a class: learners side by side (--jobs).
        return submission is not null
            ? GradeOne(grader, runner.Catalog, submission, new GradingOptions(timeLimit, levels, Environment.ProcessorCount), format, output, strict)
            : GradeClass(grader, runner.Catalog, submissions!, new GradingOptions(timeLimit, levels), format, output ?? "grades", jobs);
    }

    private static int GradeOne(Grader grader, Catalog catalog, string folder, GradingOptions options, ReportFormat format, string? output, bool strict)
    {
        SubmissionGrade grade;
        try
        {
            grade = grader.Grade(Submission.Load(folder, catalog), options);
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
            Console.Error.WriteLine($"{grade.Learner}: {Points(grade.Points)} / {grade.MaxPoints} points; {format} report written to {output}");
        }

        var graded = grade.Levels.Where(l => l.Outcome != LevelOutcome.NotGraded).ToList();
        return strict && (graded.Count == 0 || graded.Any(l => l.Points < l.MaxPoints)) ? 1 : 0;
    }

    private static int GradeClass(Grader grader, Catalog catalog, string folder, GradingOptions options, ReportFormat format, string output, int jobs)
    {
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"--submissions {folder}: no such folder.");
        }

        Directory.CreateDirectory(output);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var grades = grader.GradeClass(folder, options, jobs, grade =>
        {
            WriteFile(Path.Combine(output, grade.Learner + Reports.FileExtension(format)), Reports.Write(grade, format));
            Console.Error.WriteLine($"  {grade.Learner,-30} {Points(grade.Points),6} / {grade.MaxPoints}  ({grade.Elapsed.TotalSeconds:F1} s)");
        });
        var gradebook = Path.Combine(output, "gradebook.csv");
        WriteFile(gradebook, Reports.Gradebook(grades, catalog));
        Console.WriteLine($"Graded {grades.Count} submissions in {stopwatch.Elapsed.TotalSeconds:F1} s with {jobs} jobs; gradebook: {gradebook}");
        return 0;
    }

    private static void PrintPoints(Catalog catalog)
    {
        Console.WriteLine($"Points per exercise, from {Catalog.RelativePath} ({catalog.TotalPoints} in all):");
        foreach (var level in catalog.Levels)
        {
            var exercises = catalog.ExercisesOf(level.Level).ToList();
            Console.WriteLine();
            Console.WriteLine($"Level {level.Level} — {level.Title}: {exercises.Sum(e => e.Points)} points");
            foreach (var exercise in exercises)
            {
                Console.WriteLine($"  {exercise.Id,-45} {exercise.Points,3}   exercises/{exercise.File}");
            }
        }
    }

    private static ReportFormat ParseFormat(string name)
    {
        try
        {
            return Reports.ParseFormat(name);
        }
        catch (ArgumentException problem)
        {
            throw new UsageException(problem.Message);
        }
    }

    private static HashSet<int>? ParseLevels(string? text) =>
        text is null
            ? null
            : text.Split(',').Select(part => int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level) && level > 0
                ? level
                : throw new UsageException($"--level takes level numbers such as 3 or 1,2, not '{text}'.")).ToHashSet();

    private static void WriteFile(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, text);
    }

    private static string Points(double points) => points.ToString("0.##", CultureInfo.InvariantCulture);
}
