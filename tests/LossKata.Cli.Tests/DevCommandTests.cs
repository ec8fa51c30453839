using LossKata.Cli.Commands;
using LossKata.Cli.Learner;
using LossKata.Course;
using LossKata.Grading;

namespace LossKata.Cli.Tests;

/// <summary>The maintainers' <c>dev</c> command: <c>dev check</c> passes on the repository and names the file when a
/// generated part or a stub's blob is stale, <c>dev update</c> puts them back, and <c>dev new</c> adds an exercise
/// that one commit makes whole.</summary>
public sealed class DevCommandTests : IDisposable
{
    /// <summary>What <c>dev check</c> reads: course.json and every file it is checked against.</summary>
    private static readonly string[] CheckedPaths =
        ["course.json", "README.md", "README.zh-CN.md", ".github", "exercises", "solutions", "docs", "tests/Suite", "tests/Catalogue"];

    private static readonly string Root = Repository.Find();

    private readonly string scratch = Path.Combine(Path.GetTempPath(), "losskata-dev-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(scratch))
        {
            foreach (var file in Directory.EnumerateFiles(scratch, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(scratch, recursive: true);
        }
    }

    private static (int ExitCode, string Output, string Error) Dev(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CommandLine.Run(ProgramCommands.All(), ["dev", .. arguments], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private string CopyOfTheRepository()
    {
        Repository.Copy(Root, scratch, CheckedPaths);
        return scratch;
    }

    [Fact]
    public void Dev_check_passes_on_the_repository()
    {
        var (exitCode, output, error) = Dev("check", "--repository", Root);

        error.Should().BeEmpty("the repository is in step with course.json");
        exitCode.Should().Be(0);
        output.Should().Contain("in step");
    }

    [Theory]
    [InlineData("README.md", "| 8 | Data and training |", "| 8 | Training |")]
    [InlineData("README.zh-CN.md", "| 9 | 课程之外", "| 9 | 课程以外")]
    [InlineData(".github/workflows/classroom.yml", "          LEVEL9_RESULTS: \"${{ steps.level9.outputs.result }}\"\n", "")]
    public void Dev_check_names_a_stale_generated_file_and_dev_update_rewrites_it(string file, string committed, string stale)
    {
        var copy = CopyOfTheRepository();
        var path = Path.Combine(copy, file);
        File.ReadAllText(path).Should().Contain(committed);
        File.WriteAllText(path, File.ReadAllText(path).Replace(committed, stale, StringComparison.Ordinal));

        var (exitCode, _, error) = Dev("check", "--repository", copy);

        exitCode.Should().Be(1, "{0} is no longer what course.json gives", file);
        error.Should().StartWith(file + "\n", "the finding names the file").And.Contain("./losskata dev update", "it says what to do");
        Dev("update", "--repository", copy).ExitCode.Should().Be(0);
        File.ReadAllText(path).Should().Be(File.ReadAllText(Path.Combine(Root, file)), "dev update writes the committed file back");
        Dev("check", "--repository", copy).ExitCode.Should().Be(0);
    }

    [Fact]
    public void Dev_check_names_a_stub_whose_blob_is_not_recorded_and_dev_update_records_it()
    {
        var copy = CopyOfTheRepository();
        var stub = Path.Combine(copy, "exercises", "Level1_Entropy", "Entropy.cs");
        File.AppendAllText(stub, "// changed on purpose\n");
        var blob = ShippedStubs.BlobId(File.ReadAllBytes(stub));

        var (exitCode, _, error) = Dev("check", "--repository", copy);

        exitCode.Should().Be(1);
        error.Should().StartWith("course.json\n", "the blob to record is course.json's")
            .And.Contain($"exercises/Level1_Entropy/Entropy.cs, whose blob is {blob}").And.Contain("./losskata dev update");
        Dev("update", "--repository", copy).ExitCode.Should().Be(0);
        CourseManifest.Load(copy).Exercise("Information.Entropy").Stub.Should().Be(blob);
        Dev("check", "--repository", copy).ExitCode.Should().Be(0);
    }

    [Fact]
    public void Dev_check_names_a_doc_page_that_lost_an_exercise_and_a_missing_hints_file()
    {
        var copy = CopyOfTheRepository();
        var page = Path.Combine(copy, "docs", "zh-CN", "level-3-binary-cross-entropy.md");
        File.WriteAllText(page, File.ReadAllText(page).Replace("Losses.BinaryCrossEntropyWithLogits", "BinaryCrossEntropyWithLogits", StringComparison.Ordinal));
        File.Delete(Path.Combine(copy, "exercises", "Level4_Softmax", "Sigmoid.hints.md"));

        var (exitCode, _, error) = Dev("check", "--repository", copy);

        exitCode.Should().Be(1);
        error.Should().Contain("docs/zh-CN/level-3-binary-cross-entropy.md\n  never names Losses.BinaryCrossEntropyWithLogits")
            .And.Contain("exercises/Level4_Softmax/Sigmoid.hints.md\n  is missing");
    }

    [Fact]
    public void Dev_new_refuses_an_id_it_cannot_scaffold_naming_the_problem()
    {
        var copy = CopyOfTheRepository();

        Dev("new", "Entropy", "--level", "1", "--points", "0", "--repository", copy).Error.Should().Contain("is not a Class.Member id");
        Dev("new", "Information.Entropy", "--level", "1", "--points", "0", "--repository", copy).Error.Should().Contain("already an exercise");
        Dev("new", "Layers.Dropout", "--level", "7", "--points", "0", "--repository", copy).Error.Should().Contain("network level");
        Dev("new", "Losses.HingeLoss", "--level", "12", "--points", "0", "--repository", copy).Error.Should().Contain("Level 12 is not listed");
        File.ReadAllText(Path.Combine(copy, "course.json")).Should().Be(File.ReadAllText(Path.Combine(Root, "course.json")), "nothing is written when the exercise is refused");
    }

    /// <summary>
    /// The whole path of adding an exercise, on a throw-away clone of the committed tree: <c>dev new</c>, a one-line
    /// reference and one assertion, one <c>git commit -a</c>; then the maintainers' tests that the new exercise
    /// touches. The full <c>dotnet test --solution tests/LossKata.Maintainers.slnx</c> takes minutes the CI budget does
    /// not have twice, so this runs the parts that read an exercise's files: <c>dev check</c> (the repository tests'
    /// consistency checks are the same code), the suite against the reference for level 5 and the course-wide rules
    /// (probes, points, declared rejections, blame), the repository tests that read the shipped stubs, and
    /// <c>check</c>, which builds the suite as the grader does and lists the exercise. The catalogue has no entry of the
    /// new exercise yet, and the other test projects read no exercise's files by name.
    /// </summary>
    [Fact]
    public void A_new_exercise_takes_one_commit_in_a_fresh_clone()
    {
        var clone = Path.Combine(scratch, "LossKata");
        Directory.CreateDirectory(scratch);
        Git.Output(scratch, "clone", "--quiet", "--no-hardlinks", Root, clone);

        var added = Dev("new", "Losses.HingeLoss", "--level", "5", "--points", "0", "--title", "Hinge loss", "--repository", clone);
        added.ExitCode.Should().Be(0, added.Error);
        const string file = "Level5_NllAndCrossEntropy/HingeLoss.cs";
        Replace(Path.Combine(clone, "solutions", file), "        throw new NotImplementedException(", "        return values.Sum(value => Math.Max(0, 1 - value)) / values.Count;");
        Replace(Path.Combine(clone, "tests", "Suite", "Level5", "HingeLossTests.cs"), "        Assert.Fail(",
            "        Losses.HingeLoss(V(0.5, 2.0)).ShouldBeCloseTo(0.25, \"max(0, 1 − 0.5) = 0.5 and max(0, 1 − 2) = 0, averaged over two\");");
        Git.Output(clone, "-c", "user.name=Maintainer", "-c", "user.email=maintainer@example.org", "commit", "--quiet", "-a", "-m", "Hinge loss");

        Git.Output(clone, "status", "--porcelain").Should().BeEmpty("dev new added the new files to git, so commit -a took them all");
        var checkedCourse = Dev("check", "--repository", clone);
        checkedCourse.ExitCode.Should().Be(0, "dev check passes on the committed tree: {0}", checkedCourse.Error);
        CourseManifest.Load(clone).Exercise("Losses.HingeLoss").Stub.Should().Be(Git.Output(clone, "rev-parse", "HEAD:exercises/" + file),
            "the blob recorded by dev new is the committed stub's, with no second commit");

        DotnetTest(clone, "tests/LossKata.Tests.Solutions", "--filter-namespace", "LossKata.Tests.Level5", "--filter-namespace", "LossKata.Tests.ExerciseList");
        DotnetTest(clone, "tests/LossKata.Repository.Tests", "--filter-class", "*StubContractsTests", "--filter-class", "*CourseConsistencyTests");

        using var runner = SuiteRunner.Create(clone);
        var progress = new Progress(clone, runner);
        using var table = new StringWriter();
        progress.Print(progress.Check(5, GradingOptions.DefaultTimeLimit), table);
        table.ToString().Should().MatchRegex(@"Losses\.HingeLoss[^\n]*not started", "check lists the new exercise, its stub not started yet:\n{0}", table);
    }

    private static void Replace(string path, string lineStart, string line)
    {
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.StartsWith(lineStart, StringComparison.Ordinal));
        index.Should().BeGreaterThanOrEqualTo(0, "{0} has the line dev new left to write", path);
        lines[index] = line;
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    private static void DotnetTest(string clone, string project, params string[] filters)
    {
        var run = ChildProcess.Run("dotnet", ["test", "--project", project, .. filters], clone);
        run.ExitCode.Should().Be(0, "dotnet test --project {0} passes in the clone:\n{1}", project, run.AllOutput);
    }
}
