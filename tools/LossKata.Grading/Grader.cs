using System.Diagnostics;
using LossKata.Course;

namespace LossKata.Grading;

/// <summary>How to grade: the time limit of each run, optionally which levels, and how many runs at once.</summary>
public sealed record GradingOptions(TimeSpan TimeLimit, IReadOnlySet<int>? Levels = null, int Parallelism = 1)
{
    public static TimeSpan DefaultTimeLimit { get; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether one run may hold exercises of several levels: the fewest test processes, for grading whole
    /// submissions. Off, every run stays within one level, so that after an edit only that level's runs are redone
    /// (<c>check</c>, <c>watch</c>). The points are the same either way.</summary>
    public bool RunsAcrossLevels { get; init; } = true;
}

/// <summary>
/// Grades submissions exercise by exercise, as if each were run in isolation: exercise X is graded from the learner's
/// file of X with the reference for every other exercise, on X's tests only. So a mistake in exercise Y — a wrong
/// value X's code calls, a compile error, an infinite loop, a crash — costs Y and never X.
/// <para>
/// To start few processes, the learner's exercises are run in groups: exercises go into one run together when none
/// of them can reach another's code — through its own calls, its helpers, the reference code in between, or the
/// other exercises its tests require (<c>Requires</c> traits) — so every exercise's tests run exactly the code they
/// would run alone. A group that does not compile, breaks a rule, times out or crashes is split: the exercises the
/// compiler's errors or the running tests point at are graded alone, the rest as a group again, and each exercise
/// graded alone falls back to its own run. Alone, X's file is compiled first by itself, then with its level's helper
/// files, then with the learner's whole level (a private helper in another file of the same partial class).
/// </para>
/// Learner code must keep <see cref="CodeRules"/>. Points come from course.json; an exercise scores its
/// points × passed / total, the total being the reference's tests of X.
/// </summary>
public sealed class Grader(SuiteRunner runner)
{
    private static readonly TimeSpan ReferenceAllowance = TimeSpan.FromMinutes(5);

    private readonly SuiteRunner runner = runner;

    private readonly CourseManifest course = runner.Course;

    /// <summary>Each exercise's id by its file, as the compiler names it (exercises/…).</summary>
    private readonly Dictionary<string, string> exerciseOfFile = runner.Course.Exercises.ToDictionary(e => "exercises/" + e.File, e => e.Id, StringComparer.Ordinal);

    public SubmissionGrade Grade(Submission submission, GradingOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var warnings = new List<string>();
        var chosen = course.Levels.Where(l => options.Levels is null || options.Levels.Contains(l.Level)).ToList();
        var plans = Plan(chosen, options.TimeLimit, warnings);
        var graded = GradeExercises(plans.Where(p => p.NotGraded is null).SelectMany(p => p.Tests).ToList(), submission, options);

        var levels = plans.Select(plan => plan.NotGraded is not null
                ? new LevelGrade(plan.Level.Level, plan.Level.Title, LevelOutcome.NotGraded, plan.NotGraded, [], TimeSpan.Zero)
                : new LevelGrade(
                    plan.Level.Level, plan.Level.Title, LevelOutcome.Completed, null,
                    plan.Tests.Select(e => graded[e.Exercise.Id].Grade).ToList(),
                    Sum(plan.Tests.Select(e => graded[e.Exercise.Id].Run))))
            .ToList();

        var gradedLevels = levels.Where(l => l.Outcome != LevelOutcome.NotGraded).Select(l => l.Level).ToHashSet();
        foreach (var exercise in course.Exercises.Where(e => gradedLevels.Contains(e.Level) && !submission.Files.ContainsKey(e.File) && submission.Refusal(e) is null))
        {
            warnings.Add($"exercises/{exercise.File} is missing from the submission: {exercise.Id} is graded as not started.");
        }

        foreach (var link in submission.Links)
        {
            warnings.Add($"{link} is a symbolic link and is not read: submit the file itself.");
        }

        foreach (var refused in submission.Refused)
        {
            warnings.Add($"{refused.Path} was not read: {refused.Reason}.");
        }

        foreach (var ignored in submission.Ignored)
        {
            warnings.Add($"{ignored} is outside every level folder and is not graded: put a helper file in the folder of the level that uses it.");
        }

        var gradedFolders = course.Levels.Where(l => gradedLevels.Contains(l.Level)).Select(l => $"exercises/{l.Folder}/").ToList();
        return new SubmissionGrade(
            submission.Learner, submission.Folder, runner.SuiteHash, levels,
            submission.Manifest.Where(f => gradedFolders.Any(folder => f.Path.StartsWith(folder, StringComparison.Ordinal))).ToList(),
            warnings, stopwatch.Elapsed);
    }

    /// <summary>Grades every sub-folder of <paramref name="submissionsFolder"/> (one per learner), up to
    /// <paramref name="jobs"/> at a time. A submission that cannot be read, hangs or crashes costs only its own grade;
    /// even a fault of the grader's own costs only the submission it met it in.</summary>
    public IReadOnlyList<SubmissionGrade> GradeClass(string submissionsFolder, GradingOptions options, int jobs, Action<SubmissionGrade>? graded = null)
    {
        var folders = Directory.GetDirectories(submissionsFolder).Order(StringComparer.Ordinal).ToList();
        var grades = new SubmissionGrade[folders.Count];
        Parallel.For(0, folders.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, index =>
        {
            var learner = Path.GetFileName(folders[index]);
            try
            {
                grades[index] = Grade(Submission.Load(folders[index], course, learner), options);
            }
            catch (Exception problem) when (problem is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                grades[index] = Reports.Unreadable(learner, folders[index], problem.Message);
            }
            catch (Exception problem) when (problem is not OperationCanceledException)
            {
                // A fault of the grader's own on this submission: reported in its row, and the class goes on.
                grades[index] = Reports.Unreadable(learner, folders[index], $"The grader failed on this submission ({problem.GetType().Name}: {problem.Message}); please report it with the submission.");
            }

            graded?.Invoke(grades[index]);
        });
        return grades;
    }


    /// <summary>Which levels are graded and, for each, its exercises' tests in the reference run. The reference runs
    /// once for all the chosen levels (per level only if that run does not complete); it counts the tests and is
    /// cached per suite, and it is not held to the learner's time limit.</summary>
    private List<LevelPlan> Plan(IReadOnlyList<CourseLevel> levels, TimeSpan timeLimit, List<string> warnings)
    {
        var withReference = new Dictionary<int, List<CourseExercise>>();
        foreach (var level in levels)
        {
            var exercises = course.ExercisesOf(level.Level).ToList();
            foreach (var exercise in exercises.Where(e => !runner.HasReference(e.File)))
            {
                warnings.Add($"{exercise.Id} (level {level.Level}) is not graded: solutions/{exercise.File} does not exist yet.");
            }

            withReference[level.Level] = exercises.Where(e => runner.HasReference(e.File)).ToList();
        }

        var limit = timeLimit + ReferenceAllowance;
        // A reference run of every level, once made (by check, say), stands for any choice of levels (check --level N).
        var everyLevel = new RunFilter { ExerciseIds = [.. course.Exercises.Where(e => runner.HasReference(e.File)).Select(e => e.Id)] };
        var all = withReference.Values.Any(list => list.Count > 0)
            ? runner.Cached(ImplementationVariant.Empty, everyLevel)
                ?? runner.Run(ImplementationVariant.Empty, new RunFilter { ExerciseIds = [.. withReference.Values.SelectMany(list => list).Select(e => e.Id)] }, limit)
            : null;

        var plans = new List<LevelPlan>();
        foreach (var level in levels)
        {
            var exercises = withReference[level.Level];
            if (exercises.Count == 0)
            {
                plans.Add(new LevelPlan(level, "No reference solution in this repository yet.", []));
                continue;
            }

            var reference = all?.Status == RunStatus.Completed
                ? all with { Tests = all.Tests.Where(t => t.Level == level.Level).ToList() }
                : runner.Run(ImplementationVariant.Empty, new RunFilter(level.Level), limit);
            if (reference.Status != RunStatus.Completed || reference.Tests.Any(t => t.Outcome != TestOutcome.Passed))
            {
                var problem = reference.Detail ?? string.Join("; ", reference.Tests.Where(t => t.Outcome != TestOutcome.Passed).Take(3).Select(t => $"{t.Name}: {t.Outcome}"));
                warnings.Add($"Level {level.Level} is not graded: the reference solution does not pass its tests ({reference.Status}): {problem}");
                plans.Add(new LevelPlan(level, "The reference solution does not pass this level's tests.", []));
                continue;
            }

            var tests = new List<ExerciseTests>();
            foreach (var exercise in exercises)
            {
                var own = reference.Tests.Where(t => t.ExerciseId == exercise.Id).ToList();
                if (own.Count == 0)
                {
                    warnings.Add($"{exercise.Id} (level {level.Level}) is not graded: the suite has no tests for it yet.");
                    continue;
                }

                tests.Add(new ExerciseTests(
                    exercise,
                    own.Select(t => t.Name).ToHashSet(StringComparer.Ordinal),
                    own.SelectMany(t => t.Requires ?? []).Where(id => course.Exercises.Any(e => e.Id == id)).ToHashSet(StringComparer.Ordinal)));
            }

            plans.Add(tests.Count == 0
                ? new LevelPlan(level, "The suite has no tests for this level yet.", tests)
                : new LevelPlan(level, null, tests));
        }

        return plans;
    }

    private Dictionary<string, Graded> GradeExercises(IReadOnlyList<ExerciseTests> tests, Submission submission, GradingOptions options)
    {
        var graded = new System.Collections.Concurrent.ConcurrentDictionary<string, Graded>(StringComparer.Ordinal);
        var started = new List<ExerciseTests>();
        foreach (var exercise in tests)
        {
            if (submission.Refusal(exercise.Exercise) is { } reason)
            {
                graded[exercise.Exercise.Id] = new Graded(ExerciseGrade.NotRun(exercise.Exercise, exercise.Names.Count, $"not read: exercises/{exercise.Exercise.File}: {reason}"), null);
            }
            else if (submission.Started(exercise.Exercise) is null)
            {
                graded[exercise.Exercise.Id] = new Graded(ExerciseGrade.NotStarted(exercise.Exercise, exercise.Names.Count), null);
            }
            else
            {
                started.Add(exercise);
            }
        }

        var build = new LearnerBuild(this, submission, started, options.TimeLimit);
        var batches = Batches(started, build, options);
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, batch =>
        {
            foreach (var (id, result) in GradeBatchOrEachAlone(batch, build, options.TimeLimit))
            {
                graded[id] = result;
            }
        });
        return graded.ToDictionary(StringComparer.Ordinal);
    }

    /// <summary>Groups the started exercises (greedily, in the course's order) so that no exercise of a group can reach
    /// another one's code: see <see cref="Reach"/>. An exercise in a cycle of the learner's calls runs alone.</summary>
    private List<List<ExerciseTests>> Batches(IReadOnlyList<ExerciseTests> started, LearnerBuild build, GradingOptions options)
    {
        var learner = build.Dependencies;
        if (learner is null)
        {
            // One exercise, or code that kept the compiler's analysis busy past the time limit: each runs alone.
            return started.Select(exercise => new List<ExerciseTests> { exercise }).ToList();
        }

        var reference = runner.ReferenceDependencies;
        IEnumerable<string> Uses(string path) =>
            (learner.GetValueOrDefault(path) ?? new HashSet<string>()).Concat(reference.GetValueOrDefault(path) ?? new HashSet<string>());

        var reach = started.ToDictionary(e => e.Exercise.Id, e => Reach(e, Uses), StringComparer.Ordinal);
        bool Together(ExerciseTests a, ExerciseTests b) =>
            !reach[a.Exercise.Id].Contains(b.Exercise.Id) && !reach[b.Exercise.Id].Contains(a.Exercise.Id)
            && (options.RunsAcrossLevels || a.Exercise.Level == b.Exercise.Level);

        var batches = new List<List<ExerciseTests>>();
        foreach (var exercise in started)
        {
            var batch = build.Cycle(exercise.Exercise) is not null ? null : batches.FirstOrDefault(b => b.All(other => build.Cycle(other.Exercise) is null && Together(exercise, other)));
            if (batch is null)
            {
                batches.Add([exercise]);
            }
            else
            {
                batch.Add(exercise);
            }
        }

        return batches;
    }

    /// <summary>The other exercises whose code may run when X's tests run, whoever wrote it: the exercises X's
    /// tests require, and every exercise file that X's file or theirs uses, directly or through helper files and
    /// other exercises — following both the learner's and the reference's uses, since in a group either may be the
    /// one compiled.</summary>
    private HashSet<string> Reach(ExerciseTests exercise, Func<string, IEnumerable<string>> uses)
    {
        var starts = exercise.Requires.Select(id => "exercises/" + course.Exercise(id).File).Append("exercises/" + exercise.Exercise.File);
        var seen = new HashSet<string>(starts, StringComparer.Ordinal);
        var pending = new Stack<string>(seen);
        while (pending.TryPop(out var file))
        {
            foreach (var used in uses(file).Where(seen.Add))
            {
                pending.Push(used);
            }
        }

        return seen.Select(file => exerciseOfFile.GetValueOrDefault(file)).OfType<string>().Where(id => id != exercise.Exercise.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The learner's files of these exercises with the helper files of their levels.</summary>
    private ImplementationVariant Variant(IEnumerable<CourseExercise> exercises, Submission submission)
    {
        var files = exercises.Select(e => submission.Started(e)!)
            .Concat(exercises.Select(e => e.Level).Distinct().SelectMany(level => submission.Helpers(course, level)));
        return new ImplementationVariant(files.ToDictionary(f => f.Path, f => f.Text));
    }

    /// <summary>A group's grades; should the grader itself fail on the group (a fault of its own, never the learner's
    /// code, which runs in other processes), each exercise again alone, and one it fails on alone scores 0 with the
    /// grader's problem — so that a fault of the grader's costs at most the exercise it met it in.</summary>
    private IEnumerable<KeyValuePair<string, Graded>> GradeBatchOrEachAlone(IReadOnlyList<ExerciseTests> batch, LearnerBuild build, TimeSpan timeLimit)
    {
        try
        {
            return GradeBatch(batch, build, timeLimit);
        }
        catch (Exception problem) when (batch.Count > 1 && problem is not OperationCanceledException)
        {
            return batch.SelectMany(exercise => GradeBatchOrEachAlone([exercise], build, timeLimit)).ToList();
        }
        catch (Exception problem) when (problem is not OperationCanceledException)
        {
            var exercise = batch[0];
            return [new(exercise.Exercise.Id, new Graded(ExerciseGrade.NotRun(exercise.Exercise, exercise.Names.Count, $"the grader failed on this exercise ({problem.GetType().Name}: {problem.Message}); please report it with the submission."), null))];
        }
    }

    /// <summary>Runs a group's tests together; a group that does not run to the end, or in which a learner file would
    /// not mean what it means in the learner's build, is split (see the class summary).</summary>
    private IEnumerable<KeyValuePair<string, Graded>> GradeBatch(IReadOnlyList<ExerciseTests> batch, LearnerBuild build, TimeSpan timeLimit)
    {
        var submission = build.Submission;
        if (batch.Count == 1)
        {
            return [new(batch[0].Exercise.Id, GradeExercise(batch[0], build, timeLimit))];
        }

        var variant = Variant(batch.Select(e => e.Exercise), submission);
        var rebound = batch.Where(e => !build.BindsAsBuilt(e.Exercise, variant)).ToList();
        if (rebound.Count > 0)
        {
            return rebound.Select(e => new KeyValuePair<string, Graded>(e.Exercise.Id, GradeExercise(e, build, timeLimit)))
                .Concat(GradeBatch(batch.Except(rebound).ToList(), build, timeLimit))
                .ToList();
        }

        var filter = new RunFilter { ExerciseIds = [.. batch.Select(e => e.Exercise.Id)] };
        if (runner.Cached(variant, filter) is null)
        {
            // A group that timed out or crashed before is not cached (the machine's load may be why), but its split
            // was: the exercises graded alone then answer from the cache, and only the others run, as a group again.
            var known = batch.Select(e => (Tests: e, Graded: GradeAlone(e, build, runner.Cached))).ToList();
            if (known.Any(k => k.Graded is not null))
            {
                var unknown = known.Where(k => k.Graded is null).Select(k => k.Tests).ToList();
                return known.Where(k => k.Graded is not null).Select(k => new KeyValuePair<string, Graded>(k.Tests.Exercise.Id, k.Graded!))
                    .Concat(unknown.Count > 0 ? GradeBatch(unknown, build, timeLimit) : [])
                    .ToList();
            }
        }

        // Half the limit: a shared run that times out charges nobody (its exercises run again, the suspects alone with
        // the whole limit), so a hang costs one and a half limits rather than two.
        var run = runner.Run(variant, filter, timeLimit / 2);
        if (run.Status == RunStatus.Completed)
        {
            return batch.Select(e => new KeyValuePair<string, Graded>(e.Exercise.Id, new Graded(ExerciseGrade.Score(e.Exercise, run, e.Names), run)));
        }

        var culprits = Culprits(run, batch, submission);
        if (run.Status == RunStatus.CompilerFailure && culprits.Count == 0)
        {
            // The compiler failed and cannot tell on which file (it ran out of memory): halve the group rather than
            // run every exercise alone, so that one such file costs a few compiles, not a run per exercise.
            var half = batch.Count / 2;
            return GradeBatch(batch.Take(half).ToList(), build, timeLimit).Concat(GradeBatch(batch.Skip(half).ToList(), build, timeLimit)).ToList();
        }

        var alone = culprits.Count is > 0 && culprits.Count < batch.Count ? culprits : batch;
        var rest = batch.Except(alone).ToList();
        return alone.Select(e => new KeyValuePair<string, Graded>(e.Exercise.Id, GradeExercise(e, build, timeLimit)))
            .Concat(rest.Count > 0 ? GradeBatch(rest, build, timeLimit) : [])
            .ToList();
    }

    /// <summary>The exercises a failed group run points at: those whose file — or whose level's helper file — the
    /// compiler or the code rules name, or whose tests were running when the run was stopped or died.</summary>
    private List<ExerciseTests> Culprits(RunResult run, IReadOnlyList<ExerciseTests> batch, Submission submission)
    {
        if (run.Status is RunStatus.CompileError or RunStatus.CompilerFailure)
        {
            bool Named(string path) => run.Detail?.Contains($"exercises/{path}(", StringComparison.Ordinal) == true;
            return batch.Where(e => Named(e.Exercise.File) || submission.Helpers(course, e.Exercise.Level).Any(helper => Named(helper.Path))).ToList();
        }

        return batch.Where(e => run.Running?.Any(e.Names.Contains) == true).ToList();
    }

    /// <summary>Runs exercise X's tests on the smallest learner code that compiles: X's file alone, then with the
    /// level's helper files, then with the learner's whole level; every other file is the reference.</summary>
    private Graded GradeExercise(ExerciseTests tests, LearnerBuild build, TimeSpan timeLimit) =>
        GradeAlone(tests, build, (variant, filter) => runner.Run(variant, filter, timeLimit))!;

    /// <summary><see cref="GradeExercise"/> with the runs made by <paramref name="runOf"/>; null as soon as a run it
    /// needs is null (<see cref="SuiteRunner.Cached"/>: not made before).</summary>
    private Graded? GradeAlone(ExerciseTests tests, LearnerBuild build, Func<ImplementationVariant, RunFilter, RunResult?> runOf)
    {
        var exercise = tests.Exercise;
        var submission = build.Submission;
        var own = submission.Started(exercise)!;
        var helpers = submission.Helpers(course, exercise.Level);
        var others = course.ExercisesOf(exercise.Level).Where(e => e != exercise).Select(submission.Started).OfType<LearnerFile>().ToList();
        List<IReadOnlyList<LearnerFile>> candidates = [[own]];
        if (helpers.Count > 0)
        {
            candidates.Add([own, .. helpers]);
        }

        if (others.Count > 0)
        {
            candidates.Add([own, .. helpers, .. others]);
        }

        // An exercise that reaches itself through other learner exercises runs with them, as in the learner's build:
        // beside the reference, delegation that never computes anything would borrow the reference's answers.
        if (build.Cycle(exercise) is { } cycle)
        {
            candidates = [cycle];
        }

        var filter = new RunFilter(ExerciseId: exercise.Id);
        var failures = new List<RunResult>();
        foreach (var candidate in candidates)
        {
            var variant = new ImplementationVariant(candidate.ToDictionary(f => f.Path, f => f.Text));
            if (candidate != candidates[^1] && !build.BindsAsBuilt(exercise, variant))
            {
                continue;
            }

            var run = runOf(variant, filter);
            if (run is null)
            {
                return null;
            }

            if (run.Status != RunStatus.CompileError)
            {
                return new Graded(ExerciseGrade.Score(exercise, run, tests.Names), run);
            }

            failures.Add(run);
        }

        // A broken code rule first (a smaller candidate may have failed only for want of the helper that breaks it);
        // then, if the largest candidate's errors are all elsewhere (a helper that does not compile), those; else the
        // smallest candidate's errors in the exercise's own file, without the errors of the learner's other files.
        bool InOwnFile(RunResult run) => run.Detail?.Contains($"exercises/{exercise.File}(", StringComparison.Ordinal) == true;
        var shown = failures.FirstOrDefault(f => f.Detail?.Contains(CodeRules.RefusalText, StringComparison.Ordinal) == true)
            ?? (InOwnFile(failures[^1]) ? failures.First(InOwnFile) : failures[^1]);
        return new Graded(ExerciseGrade.Score(exercise, shown, tests.Names), shown);
    }

    /// <summary>The time of the runs that graded a level's exercises, each run once (a run shared with another level
    /// counts for both).</summary>
    private static TimeSpan Sum(IEnumerable<RunResult?> runs) =>
        runs.OfType<RunResult>().Distinct(ReferenceEqualityComparer.Instance).Cast<RunResult>().Aggregate(TimeSpan.Zero, (total, run) => total + run.Elapsed);

    /// <summary>
    /// A submission's code as the learner's own build compiles it. Grading an exercise beside the reference for the
    /// others must not change what the learner's file means: each candidate variant is checked to bind every name of
    /// the exercise's file as the learner's build of its level does (a helper that declares <c>Math</c>, left out,
    /// would otherwise turn the learner's <c>Math.Log</c> into System.Math's). And the learner's calls between files
    /// are followed for cycles: exercises that reach each other through their calls are graded together, with each
    /// other's code, never beside the reference for one another.
    /// </summary>
    private sealed class LearnerBuild
    {
        private readonly Grader grader;
        private readonly TimeSpan timeLimit;
        private readonly Dictionary<string, IReadOnlyList<LearnerFile>> cycles = new(StringComparer.Ordinal);

        public LearnerBuild(Grader grader, Submission submission, IReadOnlyList<ExerciseTests> started, TimeSpan timeLimit)
        {
            this.grader = grader;
            this.timeLimit = timeLimit;
            Submission = submission;
            // Every started file of the submission, whatever the levels chosen, so that check --level N answers from
            // the analysis check made.
            Dependencies = started.Count > 1
                ? grader.runner.Dependencies(grader.Variant(grader.course.Exercises.Where(e => submission.Started(e) is not null), submission), timeLimit)
                : null;
            if (Dependencies is null)
            {
                return;
            }

            foreach (var component in StronglyConnected(Dependencies))
            {
                var exercises = component.Select(path => grader.exerciseOfFile.GetValueOrDefault(path)).OfType<string>().ToList();
                if (exercises.Count < 2)
                {
                    continue;
                }

                var files = component.Select(path => path["exercises/".Length..]).ToHashSet(StringComparer.Ordinal);
                var levels = exercises.Select(id => grader.course.Exercise(id).Level).Distinct();
                IReadOnlyList<LearnerFile> together = submission.Files.Values
                    .Where(f => files.Contains(f.Path))
                    .Concat(levels.SelectMany(level => submission.Helpers(grader.course, level)))
                    .DistinctBy(f => f.Path)
                    .ToList();
                foreach (var id in exercises)
                {
                    cycles[id] = together;
                }
            }
        }

        public Submission Submission { get; }

        /// <summary>For each learner file of the started exercises and their levels' helpers, the other exercise files
        /// it uses; null with one exercise started, or when the analysis outlasted the time limit.</summary>
        public IReadOnlyDictionary<string, IReadOnlySet<string>>? Dependencies { get; }

        /// <summary>The learner's files of the cycle of calls <paramref name="exercise"/> is in, or null.</summary>
        public IReadOnlyList<LearnerFile>? Cycle(CourseExercise exercise) => cycles.GetValueOrDefault(exercise.Id);

        /// <summary>Whether, in <paramref name="variant"/>, every name of the exercise's file binds as in the learner's
        /// build of its level (its started exercises and helpers, the reference for the rest). An analysis that
        /// outlasts the time limit answers yes: the run itself is held to the limit.</summary>
        public bool BindsAsBuilt(CourseExercise exercise, ImplementationVariant variant)
        {
            var level = grader.course.ExercisesOf(exercise.Level).Select(Submission.Started).OfType<LearnerFile>()
                .Concat(Submission.Helpers(grader.course, exercise.Level));
            var path = "exercises/" + exercise.File;
            var learnersBuild = new ImplementationVariant(level.ToDictionary(f => f.Path, f => f.Text));
            return grader.runner.CachedDecision($"binds as built: {path}", [learnersBuild, variant], () =>
            {
                var built = grader.runner.LearnerBindings(learnersBuild, timeLimit);
                var graded = grader.runner.LearnerBindings(variant, timeLimit);
                if (built is null || graded is null)
                {
                    return null;
                }

                return built.GetValueOrDefault(path) is not { } expected || graded.GetValueOrDefault(path) is not { } actual
                    || expected.All(name => actual.GetValueOrDefault(name.Key) == name.Value);
            }) ?? true;
        }

        /// <summary>Tarjan's strongly connected components of the learner's file graph.</summary>
        private static List<List<string>> StronglyConnected(IReadOnlyDictionary<string, IReadOnlySet<string>> graph)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var low = new Dictionary<string, int>(StringComparer.Ordinal);
            var stack = new Stack<string>();
            var onStack = new HashSet<string>(StringComparer.Ordinal);
            var components = new List<List<string>>();

            void Visit(string node)
            {
                index[node] = low[node] = index.Count;
                stack.Push(node);
                onStack.Add(node);
                foreach (var next in graph.GetValueOrDefault(node) ?? new HashSet<string>())
                {
                    if (!graph.ContainsKey(next))
                    {
                        continue;
                    }

                    if (!index.ContainsKey(next))
                    {
                        Visit(next);
                        low[node] = Math.Min(low[node], low[next]);
                    }
                    else if (onStack.Contains(next))
                    {
                        low[node] = Math.Min(low[node], index[next]);
                    }
                }

                if (low[node] == index[node])
                {
                    var component = new List<string>();
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != node);
                    components.Add(component);
                }
            }

            foreach (var node in graph.Keys.Where(node => !index.ContainsKey(node)))
            {
                Visit(node);
            }

            return components;
        }
    }

    /// <summary>An exercise's tests in the reference run, by name, and the other exercises those tests require.</summary>
    private sealed record ExerciseTests(CourseExercise Exercise, IReadOnlySet<string> Names, IReadOnlySet<string> Requires);

    /// <summary>A level to grade, or why it is not graded; its exercises' tests in the course's order.</summary>
    private sealed record LevelPlan(CourseLevel Level, string? NotGraded, IReadOnlyList<ExerciseTests> Tests);

    private sealed record Graded(ExerciseGrade Grade, RunResult? Run);
}
