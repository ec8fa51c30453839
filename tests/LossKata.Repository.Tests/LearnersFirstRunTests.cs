using System.Formats.Tar;
using System.Text.RegularExpressions;
using LossKata.Course;

namespace LossKata.Repository.Tests;

/// <summary>
/// README's test command as a learner first runs it, on the committed tree (git archive HEAD: every exercise its
/// shipped stub, nothing built): the exercises project's entry point leaves the stubs' tests out, so the run is short
/// and green and one skipped test says what is not started; once an exercise is implemented, its tests come in.
/// </summary>
public sealed class LearnersFirstRunTests
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(10);

    [Fact]
    public void A_fresh_clone_runs_short_and_green_and_an_implemented_exercise_brings_its_tests_in()
    {
        var root = LossKata.Course.Repository.Find();
        var exercises = CourseManifest.Load(root).Exercises.Count;
        var clone = Directory.CreateTempSubdirectory("losskata-first-run-").FullName;
        try
        {
            var archive = Path.Combine(clone, "head.tar");
            Git.Output(root, "archive", "--format=tar", "-o", archive, "HEAD");
            TarFile.ExtractToDirectory(archive, clone, overwriteFiles: false);
            File.Delete(archive);

            var fresh = DotnetTest(clone);
            fresh.ExitCode.Should().Be(0, "a fresh clone's run is green:\n{0}", fresh.Output);
            fresh.Output.Split('\n').Should().HaveCountLessThan(40, "a stub's tests are left out, not listed one by one:\n{0}", fresh.Output);
            fresh.Output.Should().Contain($"{exercises} of {exercises} exercises not started").And.Contain("Next: implement Information.Entropy");
            Summary(fresh.Output, "skipped").Should().Be(1, "one skipped test lists what is not started");
            fresh.Output.Should().NotContain("waiting:", "nothing is started, so nothing waits for another exercise");

            // Written as a learner's editor writes it, newer than the build (File.Copy would keep the archive's time).
            File.WriteAllText(
                Path.Combine(clone, "exercises", "Level1_Entropy", "Entropy.cs"),
                File.ReadAllText(Path.Combine(clone, "solutions", "Level1_Entropy", "Entropy.cs")));
            var started = DotnetTest(clone);
            started.ExitCode.Should().Be(0, "a correct Entropy passes:\n{0}", started.Output);
            Summary(started.Output, "failed").Should().Be(0);
            Summary(started.Output, "total").Should().BeGreaterThan(Summary(fresh.Output, "total") + 10, "Entropy's tests run once it is implemented");
            started.Output.Should().Contain($"{exercises - 1} of {exercises} exercises not started");
        }
        finally
        {
            Directory.Delete(clone, recursive: true);
        }
    }

    private static (int ExitCode, string Output) DotnetTest(string folder)
    {
        var run = ChildProcess.Run("dotnet", ["test"], folder, TimeLimit);
        return run.TimedOut
            ? throw new TimeoutException($"dotnet test in {folder} did not finish within {TimeLimit.TotalMinutes} minutes.")
            : (run.ExitCode, run.AllOutput);
    }

    private static int Summary(string output, string name)
    {
        var match = Regex.Match(output, $@"^\s*{name}: (\d+)\s*$", RegexOptions.Multiline);
        match.Success.Should().BeTrue("the run ends with a summary that has a '{0}:' line:\n{1}", name, output);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
