using System.Security.Cryptography;
using System.Text.Json;
using System.Xml.Linq;
using LossKata.Course;
using LossKata.Grading;

namespace LossKata.Grading.Tests;

/// <summary>
/// Grades real submission folders built from this repository's solutions/ and shipped stubs (from git, whatever the
/// working tree's exercises/ holds) and checks the points and what each report format says. The fairness cases —
/// a fault or mistake costs exactly its exercise — are in <see cref="FairnessTests"/>.
/// </summary>
[Collection(GradingCollection.Name)]
public sealed class GradeSubmissionTests(GradingFixture fixture)
{
    private const string EntropyFile = "Level1_Entropy/Entropy.cs";

    [Fact]
    public void The_reference_solutions_get_every_point_of_every_level()
    {
        var grade = fixture.ReferenceGrade;

        fixture.GradedLevels.Should().Contain(1, "level 1 has its solution and tests in this repository");
        foreach (var level in grade.Levels.Where(l => l.Outcome != LevelOutcome.NotGraded))
        {
            level.Outcome.Should().Be(LevelOutcome.Completed, "the reference compiles and runs (level {0})", level.Level);
            level.Points.Should().Be(level.MaxPoints, "the reference passes every test of level {0}", level.Level);
        }

        var gradable = fixture.Course.Exercises.Where(e => fixture.GradedLevels.Contains(e.Level)).Sum(e => e.Points);
        grade.MaxPoints.Should().Be(gradable, "every exercise of a graded level counts with its points from course.json");
        grade.Points.Should().Be(grade.MaxPoints);
        if (grade.Levels.All(l => l.Outcome != LevelOutcome.NotGraded))
        {
            grade.Points.Should().Be(100, "with every level in place the reference scores the whole 100 points");
        }
    }

    [Fact]
    public void A_run_reports_which_other_exercises_each_test_builds_on()
    {
        // The grader runs exercises together only when no test of one can reach another's code; a test's Requires
        // traits are how it knows that Mlp's tests build their networks of Linear and Relu layers.
        var run = fixture.Runner.Run(ImplementationVariant.Empty, new RunFilter(ExerciseId: "Mlp"), GradingFixture.Options.TimeLimit);

        run.Status.Should().Be(RunStatus.Completed);
        run.Tests.Should().NotBeEmpty().And.OnlyContain(t => t.Requires != null && t.Requires.Contains("Linear") && t.Requires.Contains("Relu"));
    }

    [Fact]
    public void The_untouched_stubs_get_zero_and_every_exercise_reads_not_started()
    {
        var grade = Grade(fixture.MakeRepositoryWithShippedStubs("stubs"));

        grade.Points.Should().Be(0);
        foreach (var level in Graded(grade))
        {
            level.Outcome.Should().Be(LevelOutcome.Completed, "a stub compiles; its tests are skipped, not crashed (level {0})", level.Level);
            level.Exercises.Should().OnlyContain(e => e.State == ExerciseState.NotStarted && e.Points == 0);
        }
    }

    [Fact]
    public void The_report_records_the_SHA_256_of_every_graded_file()
    {
        var folder = BrokenEntropy("hashes", "this is not C#;");
        var grade = Grade(folder);

        var expected = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, EntropyFile))));
        grade.Files.Should().ContainSingle(f => f.Path == "exercises/" + EntropyFile).Which.Sha256.Should().Be(expected);
        grade.Files.Should().HaveCount(fixture.Course.Exercises.Count(e => fixture.GradedLevels.Contains(e.Level)));
        Reports.Write(grade, ReportFormat.Markdown).Should().Contain(expected);
    }

    [Fact]
    public void Compiling_is_held_to_the_time_limit_and_a_time_out_is_never_answered_from_the_cache()
    {
        var variant = GradingFixture.Variant((EntropyFile, fixture.Solution(EntropyFile) + $"\n// {Guid.NewGuid()}\n"));
        var filter = new RunFilter(ExerciseId: "Information.Entropy");

        var stopped = fixture.Runner.Run(variant, filter, TimeSpan.Zero);

        stopped.Status.Should().Be(RunStatus.TimedOut);
        stopped.Detail.Should().StartWith("Compiling did not finish within the time limit of 0 s");
        fixture.Runner.Run(variant, filter, GradingFixture.Options.TimeLimit).Status.Should().Be(RunStatus.Completed, "a time-out depends on the limit and the load");
    }

    [Fact]
    public void What_the_learners_code_throws_stays_text_in_the_Markdown_report()
    {
        var grade = fixture.GradeReferenceWith("markdown-fence", new Dictionary<string, string>
        {
            [EntropyFile] = fixture.SolutionWithFirstStatement(EntropyFile, "public static double Entropy(", "throw new InvalidOperationException(\"```\\n# Injected heading <img src=x>\\n```\");"),
        });

        var markdown = Reports.Write(grade, ReportFormat.Markdown);

        markdown.Should().Contain("Injected heading");
        string? fence = null;
        foreach (var line in markdown.Split('\n').Select(line => line.Trim()))
        {
            var backticks = line.TakeWhile(character => character == '`').Count();
            if (fence is null && backticks >= 3)
            {
                fence = line[..backticks];
            }
            else if (fence is not null && backticks >= fence.Length && line.Trim('`').Length == 0)
            {
                fence = null;
            }
            else if (line.Contains("Injected heading", StringComparison.Ordinal))
            {
                fence.Should().NotBeNull("the learner's text must stay inside a code block, where Markdown and HTML are not read: {0}", line);
            }
        }
    }

    [Fact]
    public void The_Gradescope_results_have_the_fields_Gradescope_reads()
    {
        var grade = Grade(BrokenEntropy("gradescope", "this is not C#;"));

        using var results = JsonDocument.Parse(Reports.Write(grade, ReportFormat.Gradescope));
        var root = results.RootElement;
        root.GetProperty("score").GetDouble().Should().Be(grade.Points);
        root.GetProperty("execution_time").ValueKind.Should().Be(JsonValueKind.Number);
        root.GetProperty("output").GetString().Should().Contain("exercises/" + EntropyFile, "the output lists the graded files");
        var tests = root.GetProperty("tests").EnumerateArray().ToList();
        tests.Should().HaveCount(grade.Levels.Sum(l => l.Exercises.Count), "one Gradescope test per graded exercise");
        foreach (var test in tests)
        {
            test.GetProperty("name").GetString().Should().StartWith("Level ");
            test.GetProperty("score").ValueKind.Should().Be(JsonValueKind.Number);
            test.GetProperty("max_score").ValueKind.Should().Be(JsonValueKind.Number);
            test.GetProperty("status").GetString().Should().BeOneOf("passed", "failed");
            test.GetProperty("output").ValueKind.Should().Be(JsonValueKind.String);
            test.GetProperty("visibility").GetString().Should().Be("visible");
        }

        tests.Sum(t => t.GetProperty("max_score").GetDouble()).Should().Be(grade.MaxPoints);
        tests.Sum(t => t.GetProperty("score").GetDouble()).Should().BeApproximately(grade.Points, 1e-9);
        tests.Single(t => t.GetProperty("name").GetString()!.Contains("Information.Entropy", StringComparison.Ordinal))
            .GetProperty("output").GetString().Should().Contain("error CS");
    }

    [Fact]
    public void The_JUnit_report_has_one_suite_per_level_and_one_case_per_exercise()
    {
        var grade = Grade(BrokenEntropy("junit", "this is not C#;"));

        var document = XDocument.Parse(Reports.Write(grade, ReportFormat.Junit));
        var suites = document.Root!.Elements("testsuite").ToList();
        suites.Should().HaveCount(grade.Levels.Count);
        suites.First().Elements("testcase").Single().Element("error").Should().NotBeNull("level 1 did not compile");
        suites.SelectMany(s => s.Elements("testcase")).Should().HaveCount(grade.Levels.Sum(l => l.Exercises.Count));
    }

    [Fact]
    public void The_Classroom_result_has_the_fields_the_autograding_reporter_reads()
    {
        var grade = Grade(BrokenEntropy("classroom", "this is not C#;"));

        using var results = JsonDocument.Parse(Reports.Write(grade, ReportFormat.Classroom));
        var root = results.RootElement;
        root.GetProperty("version").GetInt32().Should().Be(1);
        root.GetProperty("status").GetString().Should().Be("error", "level 1 did not compile");
        root.GetProperty("max_score").GetInt32().Should().Be(grade.MaxPoints);
        var tests = root.GetProperty("tests").EnumerateArray().ToList();
        tests.Sum(t => t.GetProperty("score").GetDouble()).Should().BeApproximately(grade.Points, 1e-9, "the reporter adds up the tests' scores");
        tests.Should().OnlyContain(t => new[] { "pass", "fail", "error" }.Contains(t.GetProperty("status").GetString()));
        tests.Should().OnlyContain(t => t.GetProperty("name").GetString()!.Length > 0 && t.GetProperty("message").ValueKind == JsonValueKind.String);
    }

    private SubmissionGrade Grade(string folder) =>
        fixture.Grader.Grade(Submission.Load(folder, fixture.Course), GradingFixture.Options);

    private static IEnumerable<LevelGrade> Graded(SubmissionGrade grade) => grade.Levels.Where(l => l.Outcome != LevelOutcome.NotGraded);

    /// <summary>A copy of the reference with <paramref name="statement"/> as the first statement of Information.Entropy.</summary>
    private string BrokenEntropy(string name, string statement) =>
        fixture.MakeSubmission(name, "solutions", new Dictionary<string, string>
        {
            [EntropyFile] = fixture.SolutionWithFirstStatement(EntropyFile, "public static double Entropy(", statement),
        });

}
