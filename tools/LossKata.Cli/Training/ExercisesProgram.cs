using System.Diagnostics;
using LossKata.Course;

namespace LossKata.Cli.Training;

/// <summary>
/// <c>train --implementation exercises</c>: builds and runs tools/LossKata.Cli.Exercises, the same training code
/// compiled against the learner's exercises/. It is a separate program so that this one builds, and check, hint and
/// the other learner tools work, while the learner's code does not compile. It is built only when its inputs have
/// changed (<see cref="ExercisesBuild"/>), so training again costs the training alone.
/// </summary>
internal static class ExercisesProgram
{
    /// <summary>Runs <c>train</c> with <paramref name="trainArguments"/> in the exercises' program, sharing this
    /// console (the progress bar still sees a terminal); the result is its exit code.</summary>
    public static int Train(IReadOnlyList<string> trainArguments)
    {
        var build = new ExercisesBuild(RepositoryRoot(), Implementations.Configuration ?? "Debug");
        if (!build.UpToDate())
        {
            Console.Error.WriteLine("Building your exercises' program (once, or after exercises/ changes) ...");
            var built = Dotnet(["build", build.Project, "-c", build.Configuration, "--nologo", "-v", "quiet", "-clp:NoSummary"]);
            if (built != 0)
            {
                Console.Error.WriteLine(
                    "Your exercises do not compile (the compiler's errors are above); fix them, or run `dotnet run --project tools/LossKata.Cli -- check`.");
                return built;
            }

            build.Built();
        }

        // The program itself rather than `dotnet run`, which would evaluate the project again (seconds) to find it.
        return Dotnet([build.Program, "train", .. trainArguments]);
    }

    /// <summary>The repository this program was built in (or else the one around the current folder), which holds the
    /// exercises' program.</summary>
    private static string RepositoryRoot() =>
        Repository.Above(AppContext.BaseDirectory) ?? Repository.Above(Environment.CurrentDirectory)
        ?? throw new UsageException(
            $"--implementation exercises: no LossKata repository (a folder holding {CourseManifest.RelativePath} and exercises/) above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}.");

    private static int Dotnet(IReadOnlyList<string> arguments)
    {
        // Started by `dotnet run` or `dotnet losskata.dll` the program runs in the dotnet host; as an apphost it does not.
        var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(host, arguments) { UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {host}.");
        process.WaitForExit();
        return process.ExitCode;
    }
}
