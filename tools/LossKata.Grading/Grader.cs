using System.Diagnostics;

namespace LossKata.Grading;

/// <summary>How to grade: the time limit of each run, optionally which levels, and how many runs at once.</summary>
public sealed record GradingOptions(TimeSpan TimeLimit, IReadOnlySet<int>? Levels = null, int Parallelism = 1)
{
    public static TimeSpan DefaultTimeLimit { get; } = TimeSpan.FromSeconds(60);
}

/// <summary>
/// Grades submissions exercise by exercise, each in isolation: exercise X is compiled from the learner's file of X
/// with the reference for every other exercise, and only X's tests run, in a process of their own. So a mistake in
/// exercise Y — a wrong value X's code calls, a compile error, an infinite loop, a crash — costs Y and never X. When
/// X's file needs code from elsewhere in its level folder (a helper file, a private helper in another file of the
/// same partial class), X is compiled with the level's helper files, and only if that is not enough with the
/// learner's whole level. Learner code must keep <see cref="CodeRules"/>. Points come from tests/exercises.json; an
/// exercise scores its points × passed / total, the total being the reference's tests of X.
/// </summary>
public sealed class Grader(SuiteRunner runner)
{
    private static readonly TimeSpan ReferenceAllowance = TimeSpan.FromMinutes(5);

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

        foreach (var link in submission.Links)
        {
            warnings.Add($"{link} is a symbolic link and is not read: submit the file itself.");
        }

        foreach (var ignored in submission.Ignored)
        {
            warnings.Add($"{ignored} is outside every level folder and is not graded: put a helper file in the folder of the level that uses it.");
        }

        var gradedFolders = catalog.Levels.Where(l => graded.Contains(l.Level)).Select(l => $"exercises/{l.Folder}/").ToList();
        return new SubmissionGrade(
            submission.Learner, submission.Folder, runner.SuiteHash, levels,
            submission.Manifest.Where(f => gradedFolders.Any(folder => f.Path.StartsWith(folder, StringComparison.Ordinal))).ToList(),
            warnings, stopwatch.Elapsed);
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

        // The reference's own run (which tests count, once per suite and cached) is not held to the learner's limit.
        var reference = runner.Run(ImplementationVariant.Empty, new RunFilter(level.Level), options.TimeLimit + ReferenceAllowance);
        if (reference.Status != RunStatus.Completed || reference.Tests.Any(t => t.Outcome != TestOutcome.Passed))
        {
            var problem = reference.Detail ?? string.Join("; ", reference.Tests.Where(t => t.Outcome != TestOutcome.Passed).Take(3).Select(t => $"{t.Name}: {t.Outcome}"));
            warnings.Add($"Level {level.Level} is not graded: the reference solution does not pass its tests ({reference.Status}): {problem}");
            return NotGraded(level, "The reference solution does not pass this level's tests.", stopwatch);
        }

        var expected = reference.Tests.GroupBy(t => t.ExerciseId).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(t => t.Name).ToHashSet(StringComparer.Ordinal));
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

        var shared = SharedRun(level, exercises, submission, options.TimeLimit);
        var grades = new ExerciseGrade[exercises.Count];
        Parallel.For(0, exercises.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, index =>
        {
            var exercise = exercises[index];
            grades[index] = shared.TryGetValue(exercise.Id, out var run)
                ? ExerciseGrade.Score(exercise, run, expected[exercise.Id])
                : GradeExercise(exercise, submission, expected[exercise.Id], options.TimeLimit);
        });
        return new LevelGrade(level.Level, level.Title, LevelOutcome.Completed, null, grades, stopwatch.Elapsed);
    }

    /// <summary>
    /// The fast path: the learner's whole level compiled and run once, its results kept for each exercise whose code
    /// uses no other exercise's code (Roslyn says which learner files each file uses, helpers followed), because for
    /// such an exercise the shared run gives exactly what its own run would — its tests compare it with the
    /// reference, never with the learner's other exercises. Exercises that call another exercise's code, and all of
    /// them when the shared run does not compile, breaks a rule, times out or crashes, get a run of their own.
    /// </summary>
    private Dictionary<string, RunResult> SharedRun(CatalogLevel level, IReadOnlyList<CatalogExercise> exercises, Submission submission, TimeSpan timeLimit)
    {
        var started = exercises.Where(e => submission.Started(e) is not null).ToList();
        var shared = new Dictionary<string, RunResult>(StringComparer.Ordinal);
        if (started.Count < 2)
        {
            return shared;
        }

        var variant = new ImplementationVariant(
            started.Select(e => submission.Started(e)!).Concat(submission.Helpers(catalog, level.Level)).ToDictionary(f => f.Path, f => f.Text));
        var dependencies = runner.LearnerDependencies(variant);
        var independent = started.Where(e => !Reaches(dependencies, "exercises/" + e.File, started.Where(other => other != e).Select(other => "exercises/" + other.File).ToHashSet())).ToList();
        if (independent.Count < 2)
        {
            return shared;
        }

        var run = runner.Run(variant, new RunFilter { ExerciseIds = [.. independent.Select(e => e.Id)] }, timeLimit);
        if (run.Status == RunStatus.Completed)
        {
            foreach (var exercise in independent)
            {
                shared[exercise.Id] = run;
            }
        }

        return shared;
    }

    /// <summary>Whether <paramref name="start"/> uses, directly or through helper files, any of <paramref name="targets"/>.</summary>
    private static bool Reaches(IReadOnlyDictionary<string, IReadOnlySet<string>> dependencies, string start, IReadOnlySet<string> targets)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var file))
        {
            foreach (var used in dependencies.GetValueOrDefault(file) ?? new HashSet<string>())
            {
                if (targets.Contains(used))
                {
                    return true;
                }

                if (seen.Add(used))
                {
                    pending.Push(used);
                }
            }
        }

        return false;
    }

    /// <summary>Runs exercise X's tests on the smallest learner code that compiles: X's file alone, then with the
    /// level's helper files, then with the learner's whole level; every other file is the reference.</summary>
    private ExerciseGrade GradeExercise(CatalogExercise exercise, Submission submission, IReadOnlySet<string> expected, TimeSpan timeLimit)
    {
        var own = submission.Started(exercise);
        if (own is null)
        {
            return ExerciseGrade.NotStarted(exercise, expected.Count);
        }

        var helpers = submission.Helpers(catalog, exercise.Level);
        var others = catalog.ExercisesOf(exercise.Level).Where(e => e != exercise).Select(submission.Started).OfType<LearnerFile>().ToList();
        List<IReadOnlyList<LearnerFile>> candidates = [[own]];
        if (helpers.Count > 0)
        {
            candidates.Add([own, .. helpers]);
        }

        if (others.Count > 0)
        {
            candidates.Add([own, .. helpers, .. others]);
        }

        var filter = new RunFilter(ExerciseId: exercise.Id);
        var failures = new List<RunResult>();
        foreach (var candidate in candidates)
        {
            var run = runner.Run(new ImplementationVariant(candidate.ToDictionary(f => f.Path, f => f.Text)), filter, timeLimit);
            if (run.Status != RunStatus.CompileError)
            {
                return ExerciseGrade.Score(exercise, run, expected);
            }

            failures.Add(run);
        }

        // A broken code rule first (a smaller candidate may have failed only for want of the helper that breaks it),
        // then the errors of the smallest candidate if they are in the exercise's own file, else those of the largest.
        var shown = failures.FirstOrDefault(f => f.Detail?.Contains(CodeRules.RefusalText, StringComparison.Ordinal) == true)
            ?? failures.FirstOrDefault(f => f.Detail?.Contains("exercises/" + exercise.File, StringComparison.Ordinal) == true)
            ?? failures[^1];
        return ExerciseGrade.Score(exercise, shown, expected);
    }

    private static LevelGrade NotGraded(CatalogLevel level, string reason, Stopwatch stopwatch) =>
        new(level.Level, level.Title, LevelOutcome.NotGraded, reason, [], stopwatch.Elapsed);
}
