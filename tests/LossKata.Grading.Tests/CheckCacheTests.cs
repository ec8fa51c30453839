using System.Reflection;
using LossKata.Cli.Learner;
using LossKata.Course;
using LossKata.Grading;

namespace LossKata.Grading.Tests;

/// <summary>
/// <c>check</c> answers from the cache, passing or failing, as a build system would: keyed by content, so that a
/// repeated check (a new process each time, as on the command line) starts no test process and loads no compiler,
/// an edit redoes only the run of the edited exercise, and <c>check --level N</c> shares what <c>check</c> made.
/// </summary>
[Collection(GradingCollection.Name)]
public sealed class CheckCacheTests(GradingFixture fixture)
{
    private static readonly TimeSpan TimeLimit = GradingFixture.Options.TimeLimit;

    private static readonly string[] FirstThreeLevels =
    [
        "Level1_Entropy/Entropy.cs",
        "Level2_CrossEntropyAndKl/CrossEntropy.cs",
        "Level2_CrossEntropyAndKl/KlDivergence.cs",
        "Level3_BinaryCrossEntropy/BinaryCrossEntropy.cs",
        "Level3_BinaryCrossEntropy/BinaryCrossEntropyWithLogits.cs",
    ];

    [Fact]
    public void A_repeated_check_starts_no_test_process_and_an_edit_reruns_only_the_edited_exercise()
    {
        var repository = LearnerWithLevelsOneToThreeAndKlUpsideDown("check-cache");
        var first = CheckInANewProcess(repository, level: null).Grade;

        var (again, runner) = CheckInANewProcess(repository, level: null);
        runner.RunsExecuted.Should().Be(0, "nothing changed, so every run, passing or failing, is answered from the cache");
        runner.AnalysesMade.Should().Be(0, "the dependency analysis is cached too, so the compiler is not even loaded");
        Summary(again).Should().Equal(Summary(first));
        GradingFixture.Exercise(again, "Information.KlDivergence").State.Should().Be(ExerciseState.Failing);

        var (oneLevel, levelRunner) = CheckInANewProcess(repository, level: 2);
        levelRunner.RunsExecuted.Should().Be(0, "check --level 2 shares the cache with check");
        levelRunner.AnalysesMade.Should().Be(0);
        Summary(oneLevel).Should().Equal(Summary(first, level: 2));

        // A comment never written before: this content has never been run, whatever the cache holds.
        var entropy = Path.Combine(repository, "exercises", "Level1_Entropy", "Entropy.cs");
        File.AppendAllText(entropy, $"\n// edited {Guid.NewGuid():N}\n");
        var (edited, editRunner) = CheckInANewProcess(repository, level: null);
        editRunner.RunsExecuted.Should().Be(1, "only the edited exercise's run is redone; every other level answers from the cache");
        editRunner.AnalysesMade.Should().Be(1, "the edit changes the code whose dependencies decide which exercises share a run");
        Summary(edited).Should().Equal(Summary(first));
    }

    [Fact]
    public void A_run_that_timed_out_is_not_answered_from_the_cache()
    {
        var repository = LearnerWithLevelsOneToThreeAndKlUpsideDown("check-time-out");
        var hang = fixture.SolutionWithFirstStatement("Level1_Entropy/Entropy.cs", "public static double Entropy(", $"while (true) {{ }} // {Guid.NewGuid():N}");
        File.WriteAllText(Path.Combine(repository, "exercises", "Level1_Entropy", "Entropy.cs"), hang);
        var limit = TimeSpan.FromSeconds(5);

        using var runner = SuiteRunner.Create(fixture.Root);
        var progress = new Progress(repository, runner);
        GradingFixture.Exercise(progress.Check(level: 1, limit), "Information.Entropy").Problem.Should().StartWith("timed out");
        GradingFixture.Exercise(progress.Check(level: 1, limit), "Information.Entropy").Problem.Should().StartWith("timed out");

        runner.RunsExecuted.Should().Be(2, "a time-out depends on the machine's load and the limit, not only on the code: it is run again");
    }

    [Fact]
    public void After_a_shared_run_timed_out_the_next_check_runs_only_the_exercise_that_hangs()
    {
        var repository = LearnerWithLevelsOneToThreeAndKlUpsideDown("check-hang");
        var hang = fixture.SolutionWithFirstStatement(
            "Level2_CrossEntropyAndKl/KlDivergence.cs", "public static double KlDivergence(", $"while (true) {{ }} // {Guid.NewGuid():N}");
        File.WriteAllText(Path.Combine(repository, "exercises", "Level2_CrossEntropyAndKl", "KlDivergence.cs"), hang);
        var limit = TimeSpan.FromSeconds(20);

        using var first = SuiteRunner.Create(fixture.Root);
        var hung = new Progress(repository, first).Check(level: 2, limit);
        using var second = SuiteRunner.Create(fixture.Root);
        var again = new Progress(repository, second).Check(level: 2, limit);

        foreach (var grade in new[] { hung, again })
        {
            GradingFixture.Exercise(grade, "Information.KlDivergence").Problem.Should().StartWith("timed out");
            GradingFixture.Exercise(grade, "Information.CrossEntropy").State.Should().Be(ExerciseState.Passed, "a hang in KL costs KL only");
        }

        second.RunsExecuted.Should().Be(1,
            "the shared run of level 2 timed out, so CrossEntropy was graded alone and that run was cached: only KL's own run, which times out again, is made");
    }

    [Fact]
    public void The_grader_s_identity_which_keys_the_cache_does_not_change_with_every_commit()
    {
        var version = typeof(SuiteRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

        version.Should().NotContain("+", "a commit id in the grader's assembly would make every commit, even one that changes no grading code, run every check again");
    }

    /// <summary>A check as the command line makes it: a new runner (no memory of earlier runs but the disk cache).</summary>
    private (SubmissionGrade Grade, SuiteRunner Runner) CheckInANewProcess(string repository, int? level)
    {
        var runner = SuiteRunner.Create(fixture.Root);
        return (new Progress(repository, runner).Check(level, TimeLimit), runner);
    }

    private string LearnerWithLevelsOneToThreeAndKlUpsideDown(string name)
    {
        var repository = fixture.MakeRepositoryWithShippedStubs(name);
        foreach (var file in FirstThreeLevels)
        {
            File.WriteAllText(Path.Combine(repository, "exercises", file), fixture.Solution(file));
        }

        File.WriteAllText(
            Path.Combine(repository, "exercises", "Level2_CrossEntropyAndKl", "KlDivergence.cs"),
            fixture.SolutionWith("Level2_CrossEntropyAndKl/KlDivergence.cs", "Math.Log(p[i]) - Math.Log(q[i])", "Math.Log(q[i]) - Math.Log(p[i])"));
        return repository;
    }

    /// <summary>Each started exercise's state, points and first failure: what a learner reads.</summary>
    private static IEnumerable<string> Summary(SubmissionGrade grade, int? level = null) =>
        grade.Levels.Where(l => level is null || l.Level == level).SelectMany(l => l.Exercises).Where(e => e.State != ExerciseState.NotStarted)
            .Select(e => $"{e.Id} {e.State} {e.Points} {e.Failures.FirstOrDefault()?.Name}");
}
