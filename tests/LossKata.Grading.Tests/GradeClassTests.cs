using LossKata.Grading;

namespace LossKata.Grading.Tests;

[Collection(GradingCollection.Name)]
public sealed class GradeClassTests(GradingFixture fixture)
{
    [Fact]
    public void A_class_is_graded_in_parallel_into_a_gradebook_and_one_crash_stops_no_one_else()
    {
        var classFolder = Path.Combine(fixture.Scratch, "class");
        fixture.MakeSubmission("class/ada", "solutions");
        fixture.MakeSubmission("class/brian", "exercises");
        var entropy = fixture.Solution("Level1_Entropy/Entropy.cs");
        fixture.MakeSubmission("class/carla", "solutions", new Dictionary<string, string>
        {
            ["Level1_Entropy/Entropy.cs"] = entropy.Replace("Guard.Distribution(p, nameof(p));", "Environment.Exit(0);", StringComparison.Ordinal),
        });
        Directory.CreateDirectory(Path.Combine(classFolder, "dmitri-empty"));

        var grades = fixture.Grader.GradeClass(classFolder, GradingFixture.Options, jobs: 2);
        var gradebook = Reports.Gradebook(grades, fixture.Catalog).TrimEnd().Split('\n');

        grades.Select(g => g.Learner).Should().Equal("ada", "brian", "carla", "dmitri-empty");
        grades[0].Points.Should().Be(fixture.ReferenceGrade.MaxPoints);
        grades[1].Points.Should().Be(0);
        grades[2].Levels.Single(l => l.Level == 1).Exercises.Single().Problem.Should().StartWith("crashed");
        grades[2].Points.Should().Be(fixture.ReferenceGrade.MaxPoints - fixture.MaxPointsOf(1), "only level 1 crashed");
        grades[3].Warnings.Should().ContainSingle().Which.Should().Contain("exercises/");
        gradebook[0].Should().StartWith("learner,level1,level2");
        gradebook.Should().HaveCount(5, "a header and one row per learner");
        gradebook[1].Should().StartWith($"ada,{fixture.MaxPointsOf(1)},");
        gradebook[3].Should().Contain("level 1: crashed the test process");
    }
}
