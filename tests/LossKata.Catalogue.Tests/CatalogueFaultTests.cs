using LossKata.Course;
using LossKata.Grading;

namespace LossKata.Catalogue.Tests;

/// <summary>
/// The grader's fairness, measured on tests/Catalogue/Faults: code that does not compile, hangs, crashes, prints without
/// end or calls what exercise code may not, graded in a whole submission, costs its own exercise — with a problem that
/// says what happened — and no other exercise anything.
/// </summary>
public sealed class CatalogueFaultTests(SuiteFixture suite)
{
    /// <summary>Short, so that a hang costs little (twice this: beside the other exercises, then alone), yet many
    /// times what any exercise's tests take.</summary>
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(20);

    public static TheoryData<string> Faults => new(CatalogueEntry.PathsOf(Repository.Find(), EntryKind.Fault));

    [Theory]
    [MemberData(nameof(Faults))]
    public void The_fault_costs_its_own_exercise_with_a_problem_that_names_it_and_no_other(string path)
    {
        var entry = CatalogueEntry.Load(suite.RepositoryRoot, path);
        var exercises = suite.GradeReferenceWith(entry, TimeLimit).Levels.SelectMany(level => level.Exercises).ToList();

        var own = exercises.Single(e => e.Id == entry.Exercise);
        own.State.Should().Be(ExerciseState.NotRun, "the fault \"{0}\" ({1}) stops {2}'s tests", entry.Description, path, entry.Exercise);
        own.Points.Should().Be(0);
        foreach (var word in entry.MessageWords)
        {
            own.Problem.Should().Contain(word, "the report of the fault \"{0}\" ({1}) says what happened", entry.Description, path);
        }

        exercises.Where(e => e.Id != entry.Exercise && e.Points < e.MaxPoints).Select(e => $"{e.Id}: {e.Points} / {e.MaxPoints}").Should().BeEmpty(
            "a fault in {0} (\"{1}\", {2}) costs no other exercise anything", entry.Exercise, entry.Description, path);
    }
}
