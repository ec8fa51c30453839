extern alias Suite;

using System.Text;
using LossKata.Course;
using Suite::LossKata.Tests.ExerciseList;

namespace LossKata.Repository.Tests;

/// <summary>
/// Every check a bad-input test of a function exercise (its level's kind in course.json) expects (declared once in the suite, see
/// <see cref="ContractsInStepTests"/>) is named, verbatim, in the shipped stub of its exercise —
/// <c>Guard.Distribution(q, nameof(q))</c> — so a test never expects a message the stub does not tell the learner to give.
/// </summary>
public sealed class StubContractsTests
{
    private static readonly string Root = LossKata.Course.Repository.Find();

    public static TheoryData<string> Exercises =>
        [.. CourseManifest.Load(Root).ExercisesOfKind(ExerciseKind.Function).Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Exercises))]
    public void Every_check_a_bad_input_test_expects_is_named_in_the_stub(string exercise)
    {
        var (listed, stub) = ShippedStub(exercise);
        var stubPath = "exercises/" + listed.File;
        var rejections = ContractsInStepTests.RejectionsOf(exercise).ToList();

        rejections.Should().NotBeEmpty("every function exercise rejects bad input, and its tests declare how in a [RejectionsOf(\"{0}\")] property", exercise);
        foreach (var check in rejections.Select(r => r.Check).Distinct())
        {
            stub.Should().Contain(check, "the tests of {0} expect the exception that {1} throws, so {2} must say to call exactly that", exercise, check, stubPath);
        }
    }

    public static TheoryData<string> EveryExercise => [.. CourseManifest.Load(Root).Exercises.Select(e => e.Id)];

    /// <summary>A get-only auto-property of a read-only collection with an initialiser (<c>IReadOnlyList&lt;double&gt;
    /// LossHistory { get; } = [];</c>) is an empty collection for ever: nothing the learner writes in the member
    /// bodies can add to it. A stub keeps such state in a field the learner fills and shows it through a property.</summary>
    [Theory]
    [MemberData(nameof(EveryExercise))]
    public void No_stub_ships_a_collection_that_can_never_grow(string exercise)
    {
        var (listed, stub) = ShippedStub(exercise);

        System.Text.RegularExpressions.Regex.Matches(stub, @"IReadOnly\w*<[^>]+>\s+\w+\s*\{\s*get;\s*\}\s*=[^;]*;")
            .Select(match => match.Value).Should().BeEmpty("exercises/{0} must be implementable as it stands", listed.File);
    }

    /// <summary>An exercise as course.json lists it, and its stub as shipped (from git, by its blob id).</summary>
    private static (CourseExercise Listed, string Stub) ShippedStub(string exercise)
    {
        var listed = CourseManifest.Load(Root).Exercise(exercise);
        var (shipped, problem) = ShippedStubs.Read(Root, listed);
        return (listed, Encoding.UTF8.GetString(shipped ?? throw new InvalidOperationException(problem)));
    }
}
