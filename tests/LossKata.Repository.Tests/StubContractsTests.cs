extern alias Suite;

using System.Text;
using LossKata.Grading;
using Suite::LossKata.Tests.ExerciseList;

namespace LossKata.Repository.Tests;

/// <summary>
/// Every check a bad-input test of levels 1–6 and 9 (every level but the network's 7–8) expects (declared once in the suite, see
/// <see cref="ContractsInStepTests"/>) is named, verbatim, in the shipped stub of its exercise —
/// <c>Guard.Distribution(q, nameof(q))</c> — so a test never expects a message the stub does not tell the learner to give.
/// </summary>
public sealed class StubContractsTests
{
    private static readonly int[] NetworkLevels = [7, 8];

    private static readonly string Root = RepositoryRoot.Find();

    public static TheoryData<string> Exercises =>
        [.. Catalog.Load(Root).Exercises.Where(e => !NetworkLevels.Contains(e.Level)).Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Exercises))]
    public void Every_check_a_bad_input_test_expects_is_named_in_the_stub(string exercise)
    {
        var listed = Catalog.Load(Root).Exercise(exercise);
        var (shipped, problem) = ShippedStubs.Read(Root, listed);
        var stub = Encoding.UTF8.GetString(shipped ?? throw new InvalidOperationException(problem));
        var stubPath = "exercises/" + listed.File;
        var rejections = ContractsInStepTests.RejectionsOf(exercise).ToList();

        rejections.Should().NotBeEmpty("every exercise outside the network levels rejects bad input, and its tests declare how in a [RejectionsOf(\"{0}\")] property", exercise);
        foreach (var check in rejections.Select(r => r.Check).Distinct())
        {
            stub.Should().Contain(check, "the tests of {0} expect the exception that {1} throws, so {2} must say to call exactly that", exercise, check, stubPath);
        }
    }
}
