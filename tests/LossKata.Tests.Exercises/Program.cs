using LossKata.Tests;

namespace LossKata.Tests.Exercises;

/// <summary>
/// The entry point of the suite against exercises/. Under <c>dotnet test</c> (Microsoft.Testing.Platform's server
/// mode) the tests of every exercise that is still a stub are left out with <c>--filter-not-trait</c>, so a fresh
/// clone prints a few lines — the skipped <see cref="ExerciseList.NotStartedYet"/> test lists what is left — instead
/// of a line for each of several hundred tests. Run directly (as the grader does), every test runs and a stub's tests
/// are skipped as "not started".
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Any(argument => argument is "--server" or "--internal-msbuild-node"))
        {
            LearnerOutput.Capture();
            return Xunit.MicrosoftTestingPlatform.TestPlatformTestFramework
                .RunAsync(WithoutStubs(args), SelfRegisteredExtensions.AddSelfRegisteredExtensions)
                .GetAwaiter().GetResult();
        }

        return Xunit.Runner.InProc.SystemConsole.ConsoleRunner.Run(args).GetAwaiter().GetResult();
    }

    private static string[] WithoutStubs(string[] args)
    {
        // A query filter cannot be combined with trait filters: leave such a run as the learner wrote it.
        if (args.Any(argument => argument.StartsWith("--filter-query", StringComparison.Ordinal)))
        {
            return args;
        }

        return [.. args, .. Probes.NotStarted().SelectMany(exercise => new[] { "--filter-not-trait", $"Exercise={exercise.Id}" })];
    }
}
