using System.Globalization;
using LossKata.Grading;

namespace LossKata.Cli.Learner;

/// <summary>
/// The learner's progress: exercises/ graded exactly as <c>grade</c> grades a submission (same files read, same
/// isolation, same points), printed as a table by level with the first failing test and what to do next. Runs are
/// cached by content, so only the exercises edited since the last check run again. Shared by <c>check</c> and <c>watch</c>.
/// </summary>
public sealed class Progress(string root, SuiteRunner runner)
{
    private readonly Catalog catalog = runner.Catalog;

    /// <summary>Grades exercises/ (all levels, or one).</summary>
    public SubmissionGrade Check(int? level, TimeSpan timeLimit)
    {
        if (level is not null && catalog.Levels.All(l => l.Level != level))
        {
            throw new UsageException($"There is no level {level}: levels are {string.Join(", ", catalog.Levels.Select(l => l.Level))}.");
        }

        var submission = Submission.Load(Path.Combine(root, "exercises"), catalog, "you");
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

    /// <summary>Prints the table; the result is <see cref="ExitCode"/>.</summary>
    public int Print(SubmissionGrade grade, TextWriter output)
    {
        var exercises = grade.Levels.SelectMany(l => l.Exercises).ToList();
        foreach (var level in grade.Levels)
        {
            output.WriteLine($"Level {level.Level} — {level.Title,-46} {Points(level.Points),6} / {level.MaxPoints}");
            foreach (var exercise in level.Exercises)
            {
                output.WriteLine($"  {Mark(exercise)} {exercise.Id,-46} {State(exercise),-24} {Points(exercise.Points),6} / {exercise.MaxPoints}");
            }
        }

        output.WriteLine();
        output.WriteLine($"Total: {Points(grade.Points)} / {grade.MaxPoints} points ({grade.Elapsed.TotalSeconds:F1} s)");
        foreach (var warning in grade.Warnings.Where(w => !w.Contains("is missing from the submission", StringComparison.Ordinal)))
        {
            output.WriteLine($"Note: {warning}");
        }

        output.WriteLine();
        var broken = exercises.FirstOrDefault(e => e.State is ExerciseState.Failing or ExerciseState.NotRun);
        if (broken is not null)
        {
            var exercise = catalog.Exercise(broken.Id);
            if (broken.State == ExerciseState.NotRun)
            {
                output.WriteLine($"{broken.Id} {broken.Problem}");
            }
            else
            {
                // A worked example's failure reads more easily than a property's counterexample: show one first.
                var test = broken.Failures.OrderBy(t => t.Message?.Contains("Falsifiable", StringComparison.Ordinal) == true).First();
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
            output.WriteLine($"  Read: {catalog.Level(exercise.Level).Doc}");
            output.WriteLine($"  Stuck? ./losskata hint {exercise.Id}");
            return 1;
        }

        var next = exercises.FirstOrDefault(g => g.State == ExerciseState.NotStarted);
        if (next is not null)
        {
            var exercise = catalog.Exercise(next.Id);
            output.WriteLine($"Everything you started passes. Next: implement {exercise.Id} in exercises/{exercise.File} (read {catalog.Level(exercise.Level).Doc}).");
        }
        else
        {
            output.WriteLine("Every exercise passes. Compare your code with solutions/ when you like.");
        }

        return 0;
    }

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

    private static string Points(double points) => points.ToString("0.##", CultureInfo.InvariantCulture);
}
