using LossKata.Course;

namespace LossKata.Repository.Tests;

/// <summary>course.json, the files under exercises/, solutions/ and tests/, the stubs' recorded blobs, the doc pages
/// and what is generated from course.json must agree, or the skip messages, <c>check</c>, <c>reset</c> and
/// <c>grade</c> would point learners at the wrong place. The checks are <c>./losskata dev check</c>'s own
/// (<see cref="CourseChecks"/>), one test each.</summary>
public sealed class CourseConsistencyTests
{
    private static readonly string Root = LossKata.Course.Repository.Find();

    public static TheoryData<string> Checks => [.. CourseChecks.All.Select(check => check.Name)];

    [Theory]
    [MemberData(nameof(Checks))]
    public void The_repository_is_in_step_with_the_course(string check) =>
        CourseChecks.Run(Root, CourseChecks.Named(check)).Select(finding => finding.ToString()).Should().BeEmpty(
            "the repository must keep {0} in step with course.json; each line names the file and what to do (./losskata dev check lists them all)", check);

    [Fact]
    public void Every_stub_recorded_is_the_committed_stub()
    {
        foreach (var exercise in CourseManifest.Load(Root).Exercises)
        {
            var committed = Git.Output(Root, "rev-parse", $"HEAD:exercises/{exercise.File}");
            exercise.Stub.Should().Be(
                committed,
                "course.json's \"stub\" is the git blob of exercises/{0} as committed, which reset restores; after changing a stub on purpose, run ./losskata dev update and commit ({1})",
                exercise.File, committed);
        }
    }
}
