using LossKata.Cli.Commands;
using LossKata.Course;
using LossKata.Grading;

namespace LossKata.Grading.Tests;

/// <summary>
/// Submissions made to stop a whole class from being graded — by exhausting the grader's memory or stack, or
/// blocking it on a read — each graded as a class beside a perfect copy of the reference: the attack gets its honest
/// score, costs nothing else, every report and the gradebook are written, and the perfect copy gets every point.
/// </summary>
[Collection(WholeSubmissionsCollection.Name)]
public sealed class ClassSurvivalTests(GradingFixture fixture)
{
    private const string EntropyFile = "Level1_Entropy/Entropy.cs";
    private const string EntropySignature = "public static double Entropy(";

    private static readonly System.Text.Json.JsonSerializerOptions ReportJson = new()
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    [Fact]
    public void A_constant_string_doubled_26_times_costs_only_its_exercise()
    {
        // 2 KB of source, 2 × 64 million characters of constants once folded: past the memory the compiler has, or
        // past the size of assembly the grader runs.
        var doublings = string.Join("\n", Enumerable.Range(1, 26).Select(i => $"    public const string Doubled{i} = Doubled{i - 1} + Doubled{i - 1};"));
        var entropy = fixture.SolutionWith(EntropyFile,
            "public static partial class Information\n{",
            "public static partial class Information\n{\n    public const string Doubled0 = \"ab\";\n" + doublings + "\n");

        var grade = GradeClassBesidePerfectCopy("doubled-constant", new Dictionary<string, string> { [EntropyFile] = entropy });

        var exercise = GradingFixture.Exercise(grade, "Information.Entropy");
        exercise.State.Should().Be(ExerciseState.NotRun, "the compiler cannot build it within the grader's limits");
        exercise.Points.Should().Be(0);
        // Where the memory runs out decides the words: in the compiler process (which is then replaced), or while
        // the compiler writes the assembly, which it reports as its own error.
        exercise.Problem.Should().ContainAny("ran out of memory", "more than the 64 MB the grader runs", "OutOfMemoryException");
        fixture.ShouldCostNothingBut(grade, "Information.Entropy");
    }

    [Fact]
    public void Twenty_thousand_nested_parentheses_cost_only_their_exercise()
    {
        var nested = new string('(', 20_000) + "0.0" + new string(')', 20_000);
        var entropy = fixture.SolutionWithFirstStatement(EntropyFile, EntropySignature, $"return {nested};");

        var grade = GradeClassBesidePerfectCopy("nested-parentheses", new Dictionary<string, string> { [EntropyFile] = entropy });

        var exercise = GradingFixture.Exercise(grade, "Information.Entropy");
        exercise.State.Should().Be(ExerciseState.NotRun);
        exercise.Points.Should().Be(0);
        exercise.Problem.Should().StartWith($"does not compile:\nexercises/{EntropyFile}({GradingFixture.LineOf(entropy, "return ((((")}): code nested 20002 deep, more than the {SubmissionLimits.MaxNesting} the grader compiles",
            "the depth is told from the text, before the compiler parses or binds anything (that took minutes, or ran out of stack)");

        fixture.ShouldCostNothingBut(grade, "Information.Entropy");
    }

    [Fact]
    public void A_sparse_file_of_a_gigabyte_is_not_read_and_costs_only_what_needs_it()
    {
        // What a zip bomb unpacks to: sparse, so it costs the test no disk space and no time to make.
        var grade = GradeClassBesidePerfectCopy("sparse-gigabyte", new Dictionary<string, string>(), folder =>
        {
            MakeSparse(Path.Combine(folder, "Level1_Entropy", "Padding.cs"), 1_288_490_189);
            MakeSparse(Path.Combine(folder, "Level2_CrossEntropyAndKl", "KlDivergence.cs"), 1_288_490_189);
        });

        var kl = GradingFixture.Exercise(grade, "Information.KlDivergence");
        kl.State.Should().Be(ExerciseState.NotRun);
        kl.Problem.Should().Be($"not read: exercises/Level2_CrossEntropyAndKl/KlDivergence.cs: it is 1.2 GB, more than the 1 MB the grader reads from a source file: not read");
        grade.Warnings.Should().Contain(w => w.StartsWith("exercises/Level1_Entropy/Padding.cs was not read: it is 1.2 GB", StringComparison.Ordinal));
        fixture.ShouldCostNothingBut(grade, "Information.KlDivergence");
    }

    [Fact]
    public void A_named_pipe_is_not_opened_and_costs_nothing()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "named pipes in a folder (mkfifo) are a Unix file type");
        var grade = GradeClassBesidePerfectCopy("named-pipe", new Dictionary<string, string>(), folder =>
            Run("mkfifo", Path.Combine(folder, "Level1_Entropy", "Pipe.cs")));

        grade.Warnings.Should().Contain("exercises/Level1_Entropy/Pipe.cs was not read: it is a named pipe (FIFO), not a regular file: not read.");
        fixture.ShouldCostNothingBut(grade);
    }

    [Fact]
    public void A_helper_whose_name_is_not_UTF8_is_refused_by_name_and_costs_only_the_exercise_that_needs_it()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "a file name of raw Latin-1 bytes is made with the Unix shell");
        var entropy = fixture.SolutionWithFirstStatement(EntropyFile, EntropySignature, "_ = Hilfe.Eins();");
        const string latin1Name = "\"$1/Hilfsfunktion$(printf '\\344').cs\"";
        string? level = null;
        SubmissionGrade grade;
        try
        {
            grade = GradeClassBesidePerfectCopy("latin1-name", new Dictionary<string, string> { [EntropyFile] = entropy }, folder =>
            {
                level = Path.Combine(folder, "Level1_Entropy");
                Run("sh", "-c", "printf 'namespace LossKata;\\n\\ninternal static class Hilfe\\n{\\n    public static int Eins() => 1;\\n}\\n' > " + latin1Name, "sh", level);
            });
        }
        finally
        {
            // .NET cannot name the file to delete it.
            if (level is not null)
            {
                Run("sh", "-c", "rm " + latin1Name, "sh", level);
            }
        }

        grade.Warnings.Should().Contain("exercises/Level1_Entropy/Hilfsfunktion\uFFFD.cs was not read: its name is not valid UTF-8 (shown with \uFFFD for the bytes that are not): not read — rename it.");
        var exercise = GradingFixture.Exercise(grade, "Information.Entropy");
        exercise.State.Should().Be(ExerciseState.NotRun);
        exercise.Problem.Should().StartWith("does not compile").And.Contain("Hilfe");
        fixture.ShouldCostNothingBut(grade, "Information.Entropy");
    }

    [Fact]
    public void The_limits_on_reading_cost_only_the_files_past_them_and_exercise_files_are_read_first()
    {
        // More helpers than the grader reads, each small: the exercises' own files are still read, and nothing
        // the exercises need was among the helpers left out.
        var helpers = Enumerable.Range(0, SubmissionLimits.MaxFiles).ToDictionary(
            i => $"Level3_BinaryCrossEntropy/Padding/Helper{i:D3}.cs", i => $"namespace LossKata;\n\ninternal static class Padding{i:D3} {{ }}\n");
        var grade = fixture.GradeReferenceWith("reading-limits", helpers);

        grade.Warnings.Where(w => w.Contains($"more than {SubmissionLimits.MaxFiles} source files", StringComparison.Ordinal)).Should().HaveCount(fixture.Course.Exercises.Count,
            "the exercises' {0} files come first and take that many places", fixture.Course.Exercises.Count);
        fixture.ShouldCostNothingBut(grade);
    }

    /// <summary>Grades a class of two — a perfect copy of the reference and the attack, a copy of the reference with
    /// the given files replaced (or made by <paramref name="make"/>) — through <c>grade --submissions</c>, checks that
    /// every report and the gradebook were written and that the perfect copy has every point, and returns the
    /// attack's grade.</summary>
    private SubmissionGrade GradeClassBesidePerfectCopy(string attack, IReadOnlyDictionary<string, string> files, Action<string>? make = null)
    {
        var classFolder = Path.Combine(fixture.Scratch, "class-" + attack);
        fixture.MakeSubmission($"class-{attack}/perfect", "solutions");
        var submission = fixture.MakeSubmission($"class-{attack}/{attack}", "solutions", files);
        make?.Invoke(submission);
        var output = Path.Combine(fixture.Scratch, "grades-" + attack);

        var exitCode = new GradeCommand().Run([
            "--submissions", classFolder, "--format", "json", "--out", output, "--jobs", "2",
            "--time-limit", ((int)GradingFixture.Options.TimeLimit.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--repository", fixture.Root]);

        exitCode.Should().Be(0);
        Directory.GetFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo(["gradebook.csv", "perfect.json", attack + ".json"]);
        var gradebook = File.ReadAllLines(Path.Combine(output, "gradebook.csv"));
        gradebook.Should().HaveCount(3).And.Contain(line => line.StartsWith($"perfect,{fixture.MaxPointsOf(1)},", StringComparison.Ordinal));
        var perfect = Read(Path.Combine(output, "perfect.json"));
        perfect.Points.Should().Be(fixture.ReferenceGrade.MaxPoints, "a perfect copy beside any attack keeps every point");
        return Read(Path.Combine(output, attack + ".json"));
    }

    private static SubmissionGrade Read(string report) =>
        System.Text.Json.JsonSerializer.Deserialize<SubmissionGrade>(File.ReadAllText(report), ReportJson)!;


    private static void MakeSparse(string path, long length)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        file.SetLength(length);
    }

    private static void Run(string program, params string[] arguments) =>
        ChildProcess.Run(program, arguments).ExitCode.Should().Be(0, "{0} {1} makes the submission's file", program, string.Join(' ', arguments));
}
