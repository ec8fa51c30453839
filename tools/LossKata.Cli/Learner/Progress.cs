using System.Globalization;
using LossKata.Grading;

namespace LossKata.Cli.Learner;

/// <summary>
/// The learner's progress: the suite run once against everything in exercises/ (no isolation: this is the
/// learner's own check), scored per exercise, printed as a table by level with the first failing test and what to
/// do next. Shared by <c>check</c> and <c>watch</c>.
/// </summary>
public sealed class Progress(string root, SuiteRunner runner)
{
    private readonly Catalog catalog = runner.Catalog;

    /// <summary>Runs the suite and prints the table; the result is the exit code: 0 only when every started exercise passes.</summary>
    public int CheckAndPrint(int? level, TimeSpan timeLimit, TextWriter output)
    {
        if (level is not null && catalog.Levels.All(l => l.Level != level))
        {
            throw new UsageException($"There is no level {level}: levels are {string.Join(", ", catalog.Levels.Select(l => l.Level))}.");
        }

        var files = catalog.Exercises
            .Select(e => (e.File, Path: Path.Combine(root, "exercises", e.File)))
            .Where(f => File.Exists(f.Path))
            .ToDictionary(f => f.File, f => File.ReadAllText(f.Path));
        var run = runner.Run(new ImplementationVariant(files), new RunFilter(level), timeLimit);
        return Print(run, level, output);
    }

    private int Print(RunResult run, int? onlyLevel, TextWriter output)
    {
        if (run.Status != RunStatus.Completed)
        {
            output.WriteLine(run.Status switch
            {
                RunStatus.CompileError => "Your exercises do not compile:",
                RunStatus.TimedOut => "The tests did not finish:",
                _ => "The test process crashed:",
            });
            output.WriteLine(run.Detail);
            return 1;
        }

        var grades = catalog.Exercises
            .Where(e => onlyLevel is null || e.Level == onlyLevel)
            .Select(e => ExerciseGrade.Score(e, run, 0))
            .ToList();
        foreach (var level in catalog.Levels.Where(l => onlyLevel is null || l.Level == onlyLevel))
        {
            var exercises = grades.Where(g => g.Level == level.Level).ToList();
            output.WriteLine($"Level {level.Level} — {level.Title,-46} {Points(exercises.Sum(e => e.Points)),6} / {exercises.Sum(e => e.MaxPoints)}");
            foreach (var exercise in exercises)
            {
                output.WriteLine($"  {Mark(exercise)} {exercise.Id,-46} {State(exercise),-24} {Points(exercise.Points),6} / {exercise.MaxPoints}");
            }
        }

        output.WriteLine();
        output.WriteLine($"Total: {Points(grades.Sum(g => g.Points))} / {grades.Sum(g => g.MaxPoints)} points ({run.Elapsed.TotalSeconds:F1} s)");
        output.WriteLine();
        var failing = grades.FirstOrDefault(g => g.State == ExerciseState.Failing);
        if (failing is not null)
        {
            var exercise = catalog.Find(failing.Id);
            // A worked example's failure reads more easily than a property's counterexample: show one first.
            var test = failing.Failures.OrderBy(t => t.Message?.Contains("Falsifiable", StringComparison.Ordinal) == true).First();
            output.WriteLine($"First failing test ({failing.Failed} of {failing.Total} fail in {failing.Id}):");
            output.WriteLine($"  {test.Name}");
            output.WriteLine(string.Join('\n', (test.Message ?? "(no message)").Split('\n').Select(line => "    " + line.TrimEnd())));
            output.WriteLine($"  Edit: exercises/{exercise.File} — {exercise.Id}");
            output.WriteLine($"  Read: {catalog.Level(exercise.Level).Doc}");
            output.WriteLine($"  Stuck? dotnet run --project tools/LossKata.Cli -- hint {exercise.Id}");
            return 1;
        }

        var next = grades.FirstOrDefault(g => g.State == ExerciseState.NotStarted);
        if (next is not null)
        {
            var exercise = catalog.Find(next.Id);
            output.WriteLine($"Everything you started passes. Next: implement {exercise.Id} in exercises/{exercise.File} (read {catalog.Level(exercise.Level).Doc}).");
        }
        else
        {
            output.WriteLine("Every exercise passes. Compare your code with solutions/ when you like.");
        }

        return 0;
    }

    private static string Mark(ExerciseGrade exercise) => exercise.State switch
    {
        ExerciseState.Passed => "✓",
        ExerciseState.Failing => "✗",
        _ => "·",
    };

    private static string State(ExerciseGrade exercise) => exercise.State switch
    {
        ExerciseState.Passed => $"passed ({exercise.Total} tests)",
        ExerciseState.Failing => $"failing ({exercise.Passed}/{exercise.Total} pass)",
        _ when exercise.Total == 0 => "no tests yet",
        _ => "not started",
    };

    private static string Points(double points) => points.ToString("0.##", CultureInfo.InvariantCulture);
}
