using System.Diagnostics;

namespace LossKata.Grading;

/// <summary>How to grade: the time limit of each level's run and, optionally, which levels.</summary>
public sealed record GradingOptions(TimeSpan LevelTimeLimit, IReadOnlySet<int>? Levels = null)
{
    public static TimeSpan DefaultTimeLimit { get; } = TimeSpan.FromSeconds(60);
}

/// <summary>
/// Grades submissions level by level, each level in isolation: the implementation run for level L is the learner's
/// files of level L with the reference for every other level, and only level L's tests run. So a compile error,
/// an exception, an infinite loop or a crash costs only the level it is in, and a mistake in an earlier level costs
/// nothing in a later one. Points come from tests/exercises.json; an exercise scores its points × passed / total.
/// </summary>
public sealed class Grader(SuiteRunner runner)
{
    private readonly Catalog catalog = runner.Catalog;

    public SubmissionGrade Grade(Submission submission, GradingOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var warnings = new List<string>();
        var levels = new List<LevelGrade>();
        foreach (var level in catalog.Levels.Where(l => options.Levels is null || options.Levels.Contains(l.Level)))
        {
            levels.Add(GradeLevel(level, submission, options, warnings));
        }

        var graded = levels.Where(l => l.Outcome != LevelOutcome.NotGraded).Select(l => l.Level).ToHashSet();
        foreach (var exercise in catalog.Exercises.Where(e => graded.Contains(e.Level) && !submission.Files.ContainsKey(e.File)))
        {
            warnings.Add($"exercises/{exercise.File} is missing from the submission: {exercise.Id} is graded as not started.");
        }

        var gradedFiles = catalog.Exercises.Where(e => graded.Contains(e.Level)).Select(e => "exercises/" + e.File).ToHashSet();
        return new SubmissionGrade(
            submission.Learner, submission.Folder, runner.SuiteHash, levels, submission.Manifest.Where(f => gradedFiles.Contains(f.Path)).ToList(), warnings, stopwatch.Elapsed);
    }

    /// <summary>Grades every sub-folder of <paramref name="submissionsFolder"/> (one per learner), up to
    /// <paramref name="jobs"/> at a time. A submission that cannot be read, hangs or crashes costs only its own grade.</summary>
    public IReadOnlyList<SubmissionGrade> GradeClass(string submissionsFolder, GradingOptions options, int jobs, Action<SubmissionGrade>? graded = null)
    {
        var folders = Directory.GetDirectories(submissionsFolder).Order(StringComparer.Ordinal).ToList();
        var grades = new SubmissionGrade[folders.Count];
        Parallel.For(0, folders.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, index =>
        {
            var learner = Path.GetFileName(folders[index]);
            try
            {
                grades[index] = Grade(Submission.Load(folders[index], catalog, learner), options);
            }
            catch (Exception problem) when (problem is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                grades[index] = Reports.Unreadable(learner, folders[index], problem.Message);
            }

            graded?.Invoke(grades[index]);
        });
        return grades;
    }

    private LevelGrade GradeLevel(CatalogLevel level, Submission submission, GradingOptions options, List<string> warnings)
    {
        var stopwatch = Stopwatch.StartNew();
        var filter = new RunFilter(level.Level);
        var exercises = catalog.ExercisesOf(level.Level).ToList();
        var withoutReference = exercises.Where(e => !runner.HasReference(e.File)).ToList();
        foreach (var exercise in withoutReference)
        {
            warnings.Add($"{exercise.Id} (level {level.Level}) is not graded: solutions/{exercise.File} does not exist yet.");
        }

        exercises = exercises.Except(withoutReference).ToList();
        if (exercises.Count == 0)
        {
            return NotGraded(level, "No reference solution in this repository yet.", stopwatch);
        }

        var reference = runner.Run(new ImplementationVariant(new Dictionary<string, string>()), filter, options.LevelTimeLimit);
        if (reference.Status != RunStatus.Completed || reference.Tests.Any(t => t.Outcome != TestOutcome.Passed))
        {
            var problem = reference.Detail ?? string.Join("; ", reference.Tests.Where(t => t.Outcome != TestOutcome.Passed).Take(3).Select(t => $"{t.Name}: {t.Outcome}"));
            warnings.Add($"Level {level.Level} is not graded: the reference solution does not pass its tests ({reference.Status}): {problem}");
            return NotGraded(level, "The reference solution does not pass this level's tests.", stopwatch);
        }

        var expected = reference.Tests.GroupBy(t => t.ExerciseId).ToDictionary(g => g.Key, g => g.Count());
        var untested = exercises.Where(e => !expected.ContainsKey(e.Id)).ToList();
        foreach (var exercise in untested)
        {
            warnings.Add($"{exercise.Id} (level {level.Level}) is not graded: the suite has no tests for it yet.");
        }

        exercises = exercises.Except(untested).ToList();
        if (exercises.Count == 0)
        {
            return NotGraded(level, "The suite has no tests for this level yet.", stopwatch);
        }

        var variant = new ImplementationVariant(catalog.ExercisesOf(level.Level)
            .Where(e => runner.HasReference(e.File))
            .ToDictionary(e => e.File, e => submission.Files.TryGetValue(e.File, out var source) ? source : runner.Stub(e.File)));
        var run = runner.Run(variant, filter, options.LevelTimeLimit);
        var grades = exercises.Select(e => ExerciseGrade.Score(e, run, expected[e.Id])).ToList();
        var outcome = run.Status switch
        {
            RunStatus.Completed => LevelOutcome.Completed,
            RunStatus.CompileError => LevelOutcome.CompileError,
            RunStatus.TimedOut => LevelOutcome.TimedOut,
            _ => LevelOutcome.Crashed,
        };
        return new LevelGrade(level.Level, level.Title, outcome, run.Detail, grades, stopwatch.Elapsed);
    }

    private static LevelGrade NotGraded(CatalogLevel level, string reason, Stopwatch stopwatch) =>
        new(level.Level, level.Title, LevelOutcome.NotGraded, reason, [], stopwatch.Elapsed);
}
