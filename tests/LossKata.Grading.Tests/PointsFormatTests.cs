using System.Text.Json;
using LossKata.Cli.Learner;
using LossKata.Grading;

namespace LossKata.Grading.Tests;

/// <summary>A score reads the same wherever it is shown: every report format and <c>check</c>'s table write an
/// exercise's 7 of 12 tests of 10 points as 5.83, through <see cref="PointsFormat"/>.</summary>
[Collection(GradingCollection.Name)]
public sealed class PointsFormatTests(GradingFixture fixture)
{
    [Theory]
    [InlineData(5.83, "5.83")]
    [InlineData(6.0, "6")]
    [InlineData(0.5, "0.5")]
    [InlineData(0.0, "0")]
    [InlineData(100.0, "100")]
    [InlineData(1234.5, "1234.5")]
    public void Points_have_at_most_two_decimals_no_trailing_zeros_and_a_point_for_the_decimal_separator(double points, string written) =>
        PointsFormat.Of(points).Should().Be(written, "scores are rounded to hundredths, and a gradebook must read alike on every machine");

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Junit)]
    [InlineData(ReportFormat.Gradescope)]
    public void Every_text_report_writes_the_exercise_s_and_the_level_s_points_alike(ReportFormat format) =>
        Reports.Write(Graded(), format).Should().Contain("5.83 / 10", "{0} shows the score as every other report does", format);

    [Fact]
    public void The_json_report_gives_the_points_as_a_number()
    {
        using var json = JsonDocument.Parse(Reports.Write(Graded(), ReportFormat.Json));

        json.RootElement.GetProperty("levels")[0].GetProperty("exercises")[0].GetProperty("points").GetDouble().Should().Be(5.83);
    }

    [Fact]
    public void Check_s_table_writes_the_points_as_the_reports_do()
    {
        var check = new StringWriter();

        new Progress(fixture.Root, fixture.Runner).Print(Graded(), check);

        check.ToString().Should().Contain("  5.83 / 10").And.Contain("Total: 5.83 / 10 points");
    }

    /// <summary>Level 2 with one exercise worth 10 points, 7 of its 12 tests passing: 10 × 7 / 12 = 5.83.</summary>
    private SubmissionGrade Graded()
    {
        var exercise = fixture.Course.Exercise("Information.KlDivergence");
        var failure = new TestResult("LossKata.Tests.Level2.KlDivergenceTests.Agrees_with_PyTorch", exercise.Id, exercise.Level, TestOutcome.Failed, "Expected 0.0253, but got -0.0253.");
        var grade = new ExerciseGrade(exercise.Id, exercise.Level, exercise.File, 10, Math.Round(10 * 7 / 12.0, 2), ExerciseState.Failing, 7, 5, 0, 12, [failure]);
        var level = new LevelGrade(exercise.Level, "Cross-entropy and KL divergence", LevelOutcome.Completed, null, [grade], TimeSpan.FromSeconds(1));
        return new SubmissionGrade("learner", "exercises", "suite", [level], [], [], TimeSpan.FromSeconds(1));
    }
}
