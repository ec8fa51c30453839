using LossKata.Grading;
using TestResult = LossKata.Grading.TestResult;

namespace LossKata.Catalogue.Tests;

/// <summary>
/// The suite's strength, measured: it must reject each learner mistake of tests/Catalogue/Mistakes with a message a
/// learner can act on, and accept each correct alternative of tests/Catalogue/Alternatives.
/// </summary>
public sealed class CatalogueTests(SuiteFixture suite)
{
    public static TheoryData<string> Mistakes => new(CatalogueEntry.PathsOf(SuiteFixture.FindRepositoryRoot(), EntryKind.Mistake));

    public static TheoryData<string> Alternatives => new(CatalogueEntry.PathsOf(SuiteFixture.FindRepositoryRoot(), EntryKind.Alternative));

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void The_suite_rejects_the_mistake_with_a_message_that_names_it(string path)
    {
        var entry = CatalogueEntry.Load(suite.RepositoryRoot, path);
        var tests = RunTestsOfItsExercise(entry);

        var failed = tests.Where(test => test.Outcome == TestOutcome.Failed).ToList();
        failed.Should().NotBeEmpty(
            "the mistake \"{0}\" ({1}) must fail some test of {2}, but all {3} of its tests passed or were skipped",
            entry.Description, path, entry.Exercise, tests.Count);
        failed.Should().Contain(
            test => entry.MessageWords.All(word => (test.Message ?? string.Empty).Contains(word, StringComparison.OrdinalIgnoreCase)),
            "a learner who made the mistake \"{0}\" ({1}) must read {2} in some failure message; the failures were:{3}",
            entry.Description, path, string.Join(" and ", entry.MessageWords.Select(word => $"\"{word}\"")), Describe(failed));
    }

    [Theory]
    [MemberData(nameof(Alternatives))]
    public void The_suite_accepts_the_correct_alternative(string path)
    {
        var entry = CatalogueEntry.Load(suite.RepositoryRoot, path);
        var tests = RunTestsOfItsExercise(entry);

        var notPassed = tests.Where(test => test.Outcome != TestOutcome.Passed).ToList();
        notPassed.Should().BeEmpty(
            "the alternative \"{0}\" ({1}) is correct, so every test of {2} must pass; these did not:{3}",
            entry.Description, path, entry.Exercise, Describe(notPassed));
    }

    private List<TestResult> RunTestsOfItsExercise(CatalogueEntry entry)
    {
        var variant = suite.Reference.With(entry.Replaces, entry.Source);
        var result = suite.Runner.Run(variant, new RunFilter(ExerciseId: entry.Exercise), SuiteFixture.TimeLimit);
        result.Status.Should().Be(RunStatus.Completed, "{0} must compile and run to the end: {1}", entry.Path, result.Detail);

        var tests = result.Tests.Where(test => test.ExerciseId == entry.Exercise).ToList();
        tests.Should().NotBeEmpty("the suite must have tests of {0}, the exercise {1} belongs to", entry.Exercise, entry.Path);
        return tests;
    }

    private static string Describe(IEnumerable<TestResult> tests) =>
        string.Concat(tests.Select(test => $"{Environment.NewLine}  {test.Outcome} {test.Name}: {Shorten(test.Message)}"));

    private static string Shorten(string? message)
    {
        var oneLine = (message ?? "(no message)").ReplaceLineEndings(" ");
        return oneLine.Length <= 300 ? oneLine : oneLine[..300] + "…";
    }
}
