using System.Security.Cryptography;
using System.Text.Json;
using System.Xml.Linq;
using LossKata.Grading;

namespace LossKata.Grading.Tests;

/// <summary>
/// Grades real submission folders built from this repository's solutions/ and exercises/, each with one kind of
/// mistake in level 1 (entropy), and checks the points of every level and what the report says. Every level other
/// than the broken one must keep its full points: that is the isolation the grader promises.
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

        var gradable = fixture.Catalog.Exercises.Where(e => fixture.GradedLevels.Contains(e.Level)).Sum(e => e.Points);
        grade.MaxPoints.Should().Be(gradable, "every exercise of a graded level counts with its points from tests/exercises.json");
        grade.Points.Should().Be(grade.MaxPoints);
        if (grade.Levels.All(l => l.Outcome != LevelOutcome.NotGraded))
        {
            grade.Points.Should().Be(100, "with every level in place the reference scores the whole 100 points");
        }
    }

    [Fact]
    public void The_untouched_stubs_get_zero_and_every_exercise_reads_not_started()
    {
        var grade = Grade(fixture.MakeSubmission("stubs", "exercises"));

        grade.Points.Should().Be(0);
        foreach (var level in Graded(grade))
        {
            level.Outcome.Should().Be(LevelOutcome.Completed, "a stub compiles; its tests are skipped, not crashed (level {0})", level.Level);
            level.Exercises.Should().OnlyContain(e => e.State == ExerciseState.NotStarted && e.Points == 0);
        }
    }

    [Fact]
    public void A_compile_error_costs_only_its_level_and_the_report_quotes_the_compiler()
    {
        var grade = Grade(BrokenEntropy("compile-error", "this is not C#;"));

        var entropy = Entropy(grade);
        entropy.State.Should().Be(ExerciseState.NotRun);
        entropy.Points.Should().Be(0);
        entropy.Problem.Should().StartWith("does not compile").And.Contain("exercises/" + EntropyFile).And.Contain("error CS", "the report quotes the compiler's message with file and line");
        ShouldHaveFullPointsOutsideLevel1(grade);
        Reports.Write(grade, ReportFormat.Text).Should().Contain("does not compile").And.Contain("error CS");
    }

    [Fact]
    public void An_infinite_loop_times_out_its_level_only()
    {
        var grade = fixture.Grader.Grade(
            Submission.Load(BrokenEntropy("infinite-loop", "while (Environment.TickCount64 > 0) { }"), fixture.Catalog),
            new GradingOptions(TimeSpan.FromSeconds(10)));

        var entropy = Entropy(grade);
        entropy.Points.Should().Be(0);
        entropy.Problem.Should().StartWith("timed out").And.Contain("time limit of 10 s");
        ShouldHaveFullPointsOutsideLevel1(grade);
        Reports.Write(grade, ReportFormat.Text).Should().Contain("timed out");
    }

    [Fact]
    public void Environment_Exit_in_an_exercise_is_refused_and_costs_only_its_exercise()
    {
        var grade = Grade(BrokenEntropy("environment-exit", "Environment.Exit(0);"));

        var entropy = Entropy(grade);
        entropy.Points.Should().Be(0);
        entropy.Problem.Should().Contain("uses System.Environment.Exit, which exercise code may not use");
        ShouldHaveFullPointsOutsideLevel1(grade);
    }

    [Fact]
    public void A_stack_overflow_crashes_its_level_only()
    {
        var grade = Grade(BrokenEntropy("stack-overflow", "if (p is not null) { return Entropy(p, logBase); }"));

        var entropy = Entropy(grade);
        entropy.Points.Should().Be(0);
        entropy.Problem.Should().StartWith("crashed").And.Contain("Stack overflow");
        ShouldHaveFullPointsOutsideLevel1(grade);
    }

    [Fact]
    public void A_wrong_earlier_level_costs_no_points_in_later_levels()
    {
        var grade = Grade(BrokenEntropy("wrong-level-1", "throw new InvalidOperationException(\"a wrong entropy\");"));

        var level1 = grade.Levels.Single(l => l.Level == 1);
        level1.Outcome.Should().Be(LevelOutcome.Completed);
        level1.Exercises.Single().State.Should().Be(ExerciseState.Failing);
        level1.Points.Should().Be(0, "every entropy test fails when entropy throws");
        level1.Exercises.Single().Failures.Should().NotBeEmpty().And.OnlyContain(f => f.Message!.Contains("a wrong entropy"));
        ShouldHaveFullPointsOutsideLevel1(grade);
    }

    [Fact]
    public void A_submission_that_overwrites_the_tests_and_the_points_is_graded_by_this_repository()
    {
        var submission = Path.Combine(fixture.MakeSubmission("overwrites-tests/exercises", "exercises"), "..");
        var fakeTests = Path.Combine(submission, "tests", "Suite", "Level1", "EntropyTests.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(fakeTests)!);
        File.WriteAllText(fakeTests, "namespace LossKata.Tests.Level1; public sealed class EntropyTests { [Fact] public void Everything_passes() { } }");
        File.WriteAllText(Path.Combine(submission, "tests", "exercises.json"), File.ReadAllText(Path.Combine(fixture.Root, Catalog.RelativePath)).Replace("\"points\": 8", "\"points\": 80", StringComparison.Ordinal));

        var grade = Grade(submission);

        grade.Points.Should().Be(0, "the submission's stubs are graded by this repository's tests, not by the tests it brings");
        grade.MaxPoints.Should().Be(fixture.ReferenceGrade.MaxPoints, "points come from this repository's tests/exercises.json");
        grade.Learner.Should().Be("overwrites-tests");
    }

    [Fact]
    public void The_report_records_the_SHA_256_of_every_graded_file()
    {
        var folder = BrokenEntropy("hashes", "this is not C#;");
        var grade = Grade(folder);

        var expected = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, EntropyFile))));
        grade.Files.Should().ContainSingle(f => f.Path == "exercises/" + EntropyFile).Which.Sha256.Should().Be(expected);
        grade.Files.Should().HaveCount(fixture.Catalog.Exercises.Count(e => fixture.GradedLevels.Contains(e.Level)));
        Reports.Write(grade, ReportFormat.Markdown).Should().Contain(expected);
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

    [Fact]
    public void A_submission_unpacked_with_a_top_folder_is_found_and_named_after_the_folder_given()
    {
        fixture.MakeSubmission("unpacked/LossKata-main/exercises", "solutions");

        var grade = Grade(Path.Combine(fixture.Scratch, "unpacked"));

        grade.Learner.Should().Be("unpacked");
        grade.Points.Should().Be(fixture.ReferenceGrade.MaxPoints);
    }

    private SubmissionGrade Grade(string folder) =>
        fixture.Grader.Grade(Submission.Load(folder, fixture.Catalog), GradingFixture.Options);

    private static IEnumerable<LevelGrade> Graded(SubmissionGrade grade) => grade.Levels.Where(l => l.Outcome != LevelOutcome.NotGraded);

    private void ShouldHaveFullPointsOutsideLevel1(SubmissionGrade grade)
    {
        foreach (var level in Graded(grade).Where(l => l.Level != 1))
        {
            level.Outcome.Should().Be(LevelOutcome.Completed, "level {0} runs against the reference level 1", level.Level);
            level.Points.Should().Be(fixture.MaxPointsOf(level.Level), "a mistake in level 1 costs nothing in level {0}", level.Level);
        }
    }

    /// <summary>A copy of the reference with <paramref name="statement"/> as the first statement of Information.Entropy.</summary>
    private string BrokenEntropy(string name, string statement)
    {
        var source = fixture.Solution(EntropyFile);
        var signature = source.IndexOf("public static double Entropy(", StringComparison.Ordinal);
        signature.Should().BeGreaterThanOrEqualTo(0, "solutions/{0} declares Entropy", EntropyFile);
        var body = source.IndexOf('{', signature) + 1;
        return fixture.MakeSubmission(name, "solutions", new Dictionary<string, string>
        {
            [EntropyFile] = source[..body] + "\n        " + statement + source[body..],
        });
    }

    private static ExerciseGrade Entropy(SubmissionGrade grade) =>
        grade.Levels.Single(l => l.Level == 1).Exercises.Single(e => e.Id == "Information.Entropy");
}
