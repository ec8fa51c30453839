using System.Text.Json;
using LossKata.Cli.Learner;
using LossKata.Grading;

namespace LossKata.Grading.Tests;

/// <summary>
/// The first failure a learner reads is the one that names the mistake (<see cref="FailureOrder"/>), and it is the
/// same one everywhere: <c>check</c>, <c>check --all</c>, and every grade report (text, Markdown, JSON, JUnit,
/// Gradescope, Classroom).
/// </summary>
[Collection(GradingCollection.Name)]
public sealed class FailureOrderTests(GradingFixture fixture)
{
    private const string Exercise = "Information.KlDivergence";

    private static readonly TestResult Example = Failed(
        "LossKata.Tests.Level2.KlDivergenceTests.KL_is_not_symmetric",
        "Expected 0.368 because KL(p ‖ q) weighs by the true p, but got 0.0.");

    private static readonly TestResult Property = Failed(
        "LossKata.Tests.Level2.KlDivergenceTests.KL_is_never_negative",
        "FsCheck.Xunit.PropertyFailedException : \nFalsifiable, after 3 tests (5 shrinks) (1,2).\nShrunk:\np = [0, 1], q = [1, 0]\n\n"
        + "---- LossKata.Tests.CounterexampleException : p = [0, 1], q = [1, 0]: Expected kl ≥ 2, but found -2.\n-------- Expected kl ≥ 2, but found -2.");

    private static readonly TestResult Diagnosis = Failed(
        "LossKata.Tests.Level2.KlDivergenceTests.Agrees_with_PyTorch",
        "Expected 0.0253, but got -0.0253.\nLikely mistake: the ratio upside down, ln(qᵢ/pᵢ) for ln(pᵢ/qᵢ), which gives exactly −KL.");

    private static readonly TestResult SecondExample = Failed(
        "LossKata.Tests.Level2.KlDivergenceTests.KL_of_a_one_hot_p",
        "Expected 0.357, but got -0.357.");

    /// <summary>The order a learner reads them in, whatever order the run reported them in.</summary>
    private static readonly TestResult[] Expected = [Diagnosis, Example, SecondExample, Property];

    [Fact]
    public void The_diagnosis_comes_first_then_worked_examples_then_property_counterexamples_each_in_the_report_s_order()
    {
        FailureOrder.Order([Property, Example, SecondExample, Diagnosis]).Should().Equal(Expected);
        FailureOrder.Order([SecondExample, Property, Example, Diagnosis]).Should().Equal(
            [Diagnosis, SecondExample, Example, Property], "examples keep the order of the report");
    }

    [Fact]
    public void A_property_that_names_the_mistake_comes_before_a_worked_example_that_does_not()
    {
        var diagnosingProperty = Property with { Message = Property.Message + "\nLikely mistake: the sign." };

        FailureOrder.Order([Example, diagnosingProperty]).Should().Equal(diagnosingProperty, Example);
    }

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Junit)]
    [InlineData(ReportFormat.Gradescope)]
    [InlineData(ReportFormat.Classroom)]
    public void Every_report_lists_an_exercise_s_failures_in_that_order(ReportFormat format)
    {
        var report = Reports.Write(Graded(), format);

        var positions = Expected.Take(3).Select(test => report.IndexOf(ShortName(test), StringComparison.Ordinal)).ToList();
        positions.Should().OnlyContain(position => position >= 0, "the report shows the first failures of an exercise:\n{0}", report);
        positions.Should().BeInAscendingOrder("{0} lists the diagnosing failure first, then the worked examples", format);
    }

    [Fact]
    public void The_first_failure_in_the_json_report_is_the_one_check_shows()
    {
        var grade = Graded();
        using var json = JsonDocument.Parse(Reports.Write(grade, ReportFormat.Json));
        var firstInJson = json.RootElement.GetProperty("levels")[0].GetProperty("exercises")[0].GetProperty("failures")[0].GetProperty("name").GetString();
        var check = new StringWriter();

        new Progress(fixture.Root, fixture.Runner).Print(grade, check);

        firstInJson.Should().Be(Diagnosis.Name);
        check.ToString().Should().Contain($"First failing test (4 of 5 fail in {Exercise}):\n  {Diagnosis.Name}\n");
    }

    [Fact]
    public void Check_all_lists_every_failing_test_one_line_each_with_the_line_that_says_the_most()
    {
        var check = new StringWriter();

        new Progress(fixture.Root, fixture.Runner).Print(Graded(), check, everyFailure: true);

        var lines = check.ToString().Split('\n').Where(line => line.StartsWith("  ✗ KlDivergenceTests.", StringComparison.Ordinal)).ToList();
        lines.Should().Equal(
            "  ✗ KlDivergenceTests.Agrees_with_PyTorch: Likely mistake: the ratio upside down, ln(qᵢ/pᵢ) for ln(pᵢ/qᵢ), which gives exactly −KL.",
            "  ✗ KlDivergenceTests.KL_is_not_symmetric: Expected 0.368 because KL(p ‖ q) weighs by the true p, but got 0.0.",
            "  ✗ KlDivergenceTests.KL_of_a_one_hot_p: Expected 0.357, but got -0.357.",
            "  ✗ KlDivergenceTests.KL_is_never_negative: p = [0, 1], q = [1, 0]: Expected kl ≥ 2, but found -2.");
        check.ToString().Should().Contain($"{Exercise}: 4 of 5 tests fail");
    }

    /// <summary>A grade of level 2 with the KL exercise failing four tests, reported by the run in no useful order.</summary>
    private SubmissionGrade Graded()
    {
        var exercise = fixture.Course.Exercise(Exercise);
        TestResult[] reported = [Property, Example, Failed("LossKata.Tests.Level2.KlDivergenceTests.Passes", null) with { Outcome = TestOutcome.Passed }, SecondExample, Diagnosis];
        reported.Where(test => test.Outcome == TestOutcome.Failed).Should().NotEqual(Expected, "the run reports the failures in another order than a learner reads them");
        var run = new RunResult(RunStatus.Completed, null, reported, TimeSpan.FromSeconds(1));
        var grade = ExerciseGrade.Score(exercise, run, reported.Select(test => test.Name).ToHashSet(StringComparer.Ordinal));
        var level = new LevelGrade(2, "Cross-entropy and KL divergence", LevelOutcome.Completed, null, [grade], TimeSpan.FromSeconds(1));
        return new SubmissionGrade("learner", "exercises", "suite", [level], [], [], TimeSpan.FromSeconds(1));
    }

    private static TestResult Failed(string name, string? message) => new(name, Exercise, 2, TestOutcome.Failed, message);

    private static string ShortName(TestResult test) => test.Name[(test.Name.LastIndexOf('.') + 1)..];
}
