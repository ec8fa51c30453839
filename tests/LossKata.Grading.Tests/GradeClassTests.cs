using LossKata.Course;
using LossKata.Grading;

namespace LossKata.Grading.Tests;

[Collection(WholeSubmissionsCollection.Name)]
public sealed class GradeClassTests(GradingFixture fixture)
{
    [Fact]
    public void A_class_is_graded_in_parallel_into_a_gradebook_and_one_crash_stops_no_one_else()
    {
        var classFolder = Path.Combine(fixture.Scratch, "class");
        fixture.MakeSubmission("class/ada", "solutions");
        fixture.MakeRepositoryWithShippedStubs("class/brian");
        fixture.MakeSubmission("class/carla", "solutions", new Dictionary<string, string>
        {
            ["Level1_Entropy/Entropy.cs"] = fixture.SolutionWithFirstStatement("Level1_Entropy/Entropy.cs", "public static double Entropy(", "if (p is not null) { return Entropy(p, logBase); }"),
        });
        Directory.CreateDirectory(Path.Combine(classFolder, "dmitri-empty"));

        var grades = fixture.Grader.GradeClass(classFolder, GradingFixture.Options, jobs: 2);
        var gradebook = Reports.Gradebook(grades, fixture.Course).TrimEnd().Split('\n');

        grades.Select(g => g.Learner).Should().Equal("ada", "brian", "carla", "dmitri-empty");
        grades[0].Points.Should().Be(fixture.ReferenceGrade.MaxPoints);
        grades[1].Points.Should().Be(0);
        GradingFixture.Exercise(grades[2], "Information.Entropy").Problem.Should().StartWith("crashed");
        fixture.ShouldCostNothingBut(grades[2], "Information.Entropy");
        grades[3].Warnings.Should().ContainSingle().Which.Should().Contain("exercises/");
        gradebook[0].Should().StartWith("learner,level1,level2");
        gradebook.Should().HaveCount(5, "a header and one row per learner");
        gradebook[1].Should().StartWith($"ada,{fixture.MaxPointsOf(1)},");
        gradebook[3].Should().StartWith("carla,0,").And.Contain("Information.Entropy: crashed");
    }
}
