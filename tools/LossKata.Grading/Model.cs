namespace LossKata.Grading;

/// <summary>Which tests to run: one level (<c>--filter-trait Level=N</c>), one exercise (<c>Exercise=Id</c>) or all.</summary>
public sealed record RunFilter(int? Level = null, string? ExerciseId = null)
{
    /// <summary>Several exercises' tests in one run (the grader's shared run of a level); overrides the others.</summary>
    public IReadOnlyList<string>? ExerciseIds { get; init; }

    public override string ToString() =>
        ExerciseIds is not null ? "Exercises=" + string.Join(',', ExerciseIds)
        : ExerciseId is not null ? $"Exercise={ExerciseId}" : Level is not null ? $"Level={Level}" : "all";
}

public enum RunStatus
{
    /// <summary>The suite ran to the end; <see cref="RunResult.Tests"/> holds every test's outcome.</summary>
    Completed,

    /// <summary>The implementation did not compile; <see cref="RunResult.Detail"/> holds the compiler's messages.</summary>
    CompileError,

    /// <summary>The compiler itself failed on the code — it ran out of memory or stack, or its process died —;
    /// <see cref="RunResult.Detail"/> says how and, where it can tell, in which learner file.</summary>
    CompilerFailure,

    /// <summary>The run exceeded its time limit (an infinite loop, say) and its process tree was killed.</summary>
    TimedOut,

    /// <summary>The test process ended without a complete report: a stack overflow, running out of memory, an abort.</summary>
    Crashed,
}

/// <summary>What one run of the suite against one implementation variant gave; <paramref name="Output"/> is the start of
/// what the code under test printed (its debug prints), if anything; <paramref name="Running"/>, for a run that was
/// stopped or died, the tests the runner said were running then (informative only: the code under test can print
/// lines that look like the runner's).</summary>
public sealed record RunResult(RunStatus Status, string? Detail, IReadOnlyList<TestResult> Tests, TimeSpan Elapsed, string? Output = null, IReadOnlyList<string>? Running = null);

public enum TestOutcome
{
    Passed,
    Failed,

    /// <summary>Skipped: against the learner's code this means the exercise is still a stub ("not started").</summary>
    Skipped,
}

/// <summary>One test's outcome, with the exercise and level it belongs to (from its traits), the failure or skip message,
/// and the other exercises whose code the test runs besides its own (its <c>Requires</c> traits).</summary>
public sealed record TestResult(string Name, string ExerciseId, int Level, TestOutcome Outcome, string? Message, IReadOnlyList<string>? Requires = null);
