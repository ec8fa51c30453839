using LossKata.Course;
using LossKata.Grading;

namespace LossKata.Cli.Tests.Training;

/// <summary>
/// <c>train --implementation exercises</c> end to end: the program (beside these tests) builds and starts
/// tools/LossKata.Cli.Exercises, which it builds only the first time (about 10 s when the solution is already built,
/// as after <c>dotnet build</c>), not again while exercises/ stays the same.
/// </summary>
public sealed class ExercisesProgramTests
{
    [Fact]
    public void Training_the_exercises_runs_the_learners_program_which_names_the_first_stub_or_trains()
    {
        var (exitCode, output) = TrainTheExercises();

        output.Should().ContainAny(
            ["Your network cannot train yet: not started: implement", "your exercises/"],
            "the learner's network either stops at its first stub (as shipped) or trains; output was:\n{0}", output);
        output.Should().NotContain("the reference solutions/", "the option must not fall back to the reference network");
        exitCode.Should().Be(output.Contains("not started", StringComparison.Ordinal) ? 1 : 0,
            "the exit code is the learner program's: 1 when a stub stops it, 0 when it trains");

        var (againExitCode, again) = TrainTheExercises();
        again.Should().NotContain("Building your exercises' program", "exercises/ has not changed since the first run built it");
        againExitCode.Should().Be(exitCode);
    }

    private static (int ExitCode, string Output) TrainTheExercises()
    {
        // From a folder outside the repository: the program finds the repository above itself.
        var train = ChildProcess.Run(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "losskata.dll"), "train", "--epochs", "1", "--implementation", "exercises"],
            Path.GetTempPath(),
            cancellation: TestContext.Current.CancellationToken);
        return (train.ExitCode, train.AllOutput);
    }
}
