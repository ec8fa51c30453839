using System.Globalization;
using LossKata.Course;

namespace LossKata.Grading;

public enum ExerciseState
{
    /// <summary>Every test of the exercise passed.</summary>
    Passed,

    /// <summary>Started (not a stub) but at least one test failed.</summary>
    Failing,

    /// <summary>Still the stub: every test skipped as "not started" (or the file is missing).</summary>
    NotStarted,

    /// <summary>Its tests did not run to the end: a compile error, a forbidden API, a time-out, a crash, or the
    /// grader could not read or compile its file; <see cref="ExerciseGrade.Problem"/> says which, where.</summary>
    NotRun,
}

/// <summary>An exercise's score: its points × the share of its tests that passed (skipped = not started = 0).</summary>
public sealed record ExerciseGrade(
    string Id,
    int Level,
    string File,
    int MaxPoints,
    double Points,
    ExerciseState State,
    int Passed,
    int Failed,
    int Skipped,
    int Total,
    IReadOnlyList<TestResult> Failures,
    string? Problem = null,
    string? Output = null)
{
    /// <summary>Scores one exercise from a run's test results. Only the tests named in <paramref name="expected"/> —
    /// the exercise's tests in the reference run — count, and each of them that is missing from the run counts as
    /// not passed: a report with extra or fewer tests cannot raise a score. The failures are in
    /// <see cref="FailureOrder"/>, the order every report and <c>check</c> show them in.</summary>
    public static ExerciseGrade Score(CourseExercise exercise, RunResult run, IReadOnlySet<string> expected)
    {
        var tests = run.Tests.Where(t => t.ExerciseId == exercise.Id && expected.Contains(t.Name)).DistinctBy(t => t.Name).ToList();
        var passed = tests.Count(t => t.Outcome == TestOutcome.Passed);
        var failed = FailureOrder.Order(tests.Where(t => t.Outcome == TestOutcome.Failed));
        var skipped = tests.Count(t => t.Outcome == TestOutcome.Skipped);
        var total = expected.Count;
        var state = run.Status != RunStatus.Completed ? ExerciseState.NotRun
            : total > 0 && passed == total ? ExerciseState.Passed
            : failed.Count > 0 || passed > 0 ? ExerciseState.Failing
            : ExerciseState.NotStarted;
        var points = total == 0 ? 0 : Math.Round(exercise.Points * (double)passed / total, 2);
        return new ExerciseGrade(exercise.Id, exercise.Level, exercise.File, exercise.Points, points, state, passed, failed.Count, skipped, total, failed, Describe(run), run.Output);
    }

    /// <summary>An exercise whose file is missing or still the shipped stub: nothing to run.</summary>
    public static ExerciseGrade NotStarted(CourseExercise exercise, int expectedTotal) =>
        new(exercise.Id, exercise.Level, exercise.File, exercise.Points, 0, ExerciseState.NotStarted, 0, 0, expectedTotal, expectedTotal, []);

    /// <summary>An exercise whose tests did not run for a reason outside any run — its file was not read
    /// (<see cref="SubmissionLimits"/>), or the grader failed on it —: scores 0, and <paramref name="problem"/> says why.</summary>
    public static ExerciseGrade NotRun(CourseExercise exercise, int expectedTotal, string problem) =>
        new(exercise.Id, exercise.Level, exercise.File, exercise.Points, 0, ExerciseState.NotRun, 0, 0, 0, expectedTotal, [], problem);

    private static string? Describe(RunResult run) => run.Status switch
    {
        RunStatus.Completed => null,
        RunStatus.CompileError => "does not compile:\n" + run.Detail,
        RunStatus.CompilerFailure => "could not be compiled: " + run.Detail,
        RunStatus.TimedOut => "timed out: " + run.Detail,
        _ => "crashed: " + run.Detail,
    };
}

/// <summary>How one level went: ran (with its exercises' scores), or what stopped it, or why it was not graded.</summary>
public sealed record LevelGrade(
    int Level,
    string Title,
    LevelOutcome Outcome,
    string? Detail,
    IReadOnlyList<ExerciseGrade> Exercises,
    TimeSpan Elapsed)
{
    public double Points => Math.Round(Exercises.Sum(e => e.Points), 2);

    public int MaxPoints => Exercises.Sum(e => e.MaxPoints);
}

public enum LevelOutcome
{
    /// <summary>Graded; each exercise's own outcome is in its <see cref="ExerciseGrade"/>.</summary>
    Completed,

    /// <summary>The level has no tests or no reference solution yet in this repository.</summary>
    NotGraded,
}

/// <summary>A learner's grade: every level, the files graded with their SHA-256, and anything the instructor should know.</summary>
public sealed record SubmissionGrade(
    string Learner,
    string Submission,
    string SuiteHash,
    IReadOnlyList<LevelGrade> Levels,
    IReadOnlyList<SubmittedFile> Files,
    IReadOnlyList<string> Warnings,
    TimeSpan Elapsed)
{
    public double Points => Math.Round(Levels.Sum(l => l.Points), 2);

    public int MaxPoints => Levels.Sum(l => l.MaxPoints);
}

/// <summary>How every report and command writes a number of points: at most two decimals (scores are rounded to
/// hundredths), no trailing zeros, in the invariant culture whatever the machine's language — 5.83, 6, 0.5.</summary>
public static class PointsFormat
{
    public static string Of(double points) => points.ToString("0.##", CultureInfo.InvariantCulture);
}
