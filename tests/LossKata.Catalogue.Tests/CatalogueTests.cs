using LossKata.Grading;
using TestResult = LossKata.Grading.TestResult;

namespace LossKata.Catalogue.Tests;

/// <summary>
/// The suite's strength, measured: it must reject each learner mistake of tests/Catalogue/Mistakes with a message a
/// learner can act on, and accept each correct alternative of tests/Catalogue/Alternatives. One class per level
/// (below), so that levels run in parallel, each entry one row.
/// </summary>
public abstract class CatalogueTests(SuiteFixture suite)
{
    [Theory]
    [MemberData("Mistakes")]
    public void The_suite_rejects_the_mistake_with_a_message_that_names_it(string path)
    {
        var entry = CatalogueEntry.Load(suite.RepositoryRoot, path);
        var tests = RunTestsOfItsExercise(entry);

        var failed = tests.Where(test => test.Outcome == TestOutcome.Failed).ToList();
        failed.Should().NotBeEmpty(
            "the mistake \"{0}\" ({1}) must fail some test of {2}, but all {3} of its tests passed or were skipped",
            entry.Description, path, entry.Exercise, tests.Count);
        var naming = failed.FirstOrDefault(test => entry.MessageWords.All(word => WhatALearnerReads(test).Contains(word, StringComparison.OrdinalIgnoreCase)));
        suite.MessagesSeen[path] = naming is null ? $"NOT NAMED; first failure: {Shorten(failed[0].Message)}" : $"{naming.Name}: {Shorten(naming.Message)}";
        (naming is not null).Should().BeTrue(
                "a learner who made the mistake \"{0}\" ({1}) must read {2} in the name or the message of some failing test; the failures were:{3}",
                entry.Description, path, string.Join(" and ", entry.MessageWords.Select(word => $"\"{word}\"")), Describe(failed));
    }

    [Theory]
    [MemberData("Alternatives")]
    public void The_suite_accepts_the_correct_alternative(string path)
    {
        var entry = CatalogueEntry.Load(suite.RepositoryRoot, path);
        var tests = RunTestsOfItsExercise(entry);

        var notPassed = tests.Where(test => test.Outcome != TestOutcome.Passed).ToList();
        notPassed.Should().BeEmpty(
            "the alternative \"{0}\" ({1}) is correct, so every test of {2} must pass; these did not:{3}",
            entry.Description, path, entry.Exercise, Describe(notPassed));
    }

    protected static TheoryData<string> EntriesOf(EntryKind kind, int level) =>
        new(CatalogueEntry.PathsOf(RepositoryRoot.Find(), kind).Where(path => path.StartsWith($"{kind}s/Level{level}/", StringComparison.Ordinal)));

    private List<TestResult> RunTestsOfItsExercise(CatalogueEntry entry)
    {
        // Only the entry's file is the learner's (and must keep the grader's code rules); the rest is the reference.
        var variant = ImplementationVariant.Empty.With(entry.Replaces, entry.Source);
        var result = suite.Runner.Run(variant, new RunFilter(ExerciseId: entry.Exercise), SuiteFixture.TimeLimit);
        result.Status.Should().Be(RunStatus.Completed, "{0} must compile and run to the end: {1}", entry.Path, result.Detail);

        var tests = result.Tests.Where(test => test.ExerciseId == entry.Exercise).ToList();
        tests.Should().NotBeEmpty("the suite must have tests of {0}, the exercise {1} belongs to", entry.Exercise, entry.Path);
        return tests;
    }

    /// <summary>A failing test as the runner shows it: its name (words split at underscores), then its message.</summary>
    private static string WhatALearnerReads(TestResult test) => $"{test.Name.Replace('_', ' ')}: {test.Message}";

    private static string Describe(IEnumerable<TestResult> tests) =>
        string.Concat(tests.Select(test => $"{Environment.NewLine}  {test.Outcome} {test.Name}: {Shorten(test.Message)}"));

    /// <summary>One line of at most 400 characters; of a failed property, FsCheck's inner assertion (after "---- "),
    /// the part a learner reads.</summary>
    private static string Shorten(string? message)
    {
        var text = message ?? "(no message)";
        var inner = text.LastIndexOf("---- ", StringComparison.Ordinal);
        var oneLine = (inner >= 0 ? text[(inner + 5)..] : text).ReplaceLineEndings(" ");
        return oneLine.Length <= 400 ? oneLine : oneLine[..400] + "…";
    }
}

public sealed class Level1Catalogue(SuiteFixture suite) : CatalogueTests(suite)
{
    public static TheoryData<string> Mistakes => EntriesOf(EntryKind.Mistake, 1);

    public static TheoryData<string> Alternatives => EntriesOf(EntryKind.Alternative, 1);
}

public sealed class Level2Catalogue(SuiteFixture suite) : CatalogueTests(suite)
{
    public static TheoryData<string> Mistakes => EntriesOf(EntryKind.Mistake, 2);

    public static TheoryData<string> Alternatives => EntriesOf(EntryKind.Alternative, 2);
}

public sealed class Level3Catalogue(SuiteFixture suite) : CatalogueTests(suite)
{
    public static TheoryData<string> Mistakes => EntriesOf(EntryKind.Mistake, 3);

    public static TheoryData<string> Alternatives => EntriesOf(EntryKind.Alternative, 3);
}

public sealed class Level4Catalogue(SuiteFixture suite) : CatalogueTests(suite)
{
    public static TheoryData<string> Mistakes => EntriesOf(EntryKind.Mistake, 4);

    public static TheoryData<string> Alternatives => EntriesOf(EntryKind.Alternative, 4);
}

public sealed class Level5Catalogue(SuiteFixture suite) : CatalogueTests(suite)
{
    public static TheoryData<string> Mistakes => EntriesOf(EntryKind.Mistake, 5);

    public static TheoryData<string> Alternatives => EntriesOf(EntryKind.Alternative, 5);
}

public sealed class Level6Catalogue(SuiteFixture suite) : CatalogueTests(suite)
{
    public static TheoryData<string> Mistakes => EntriesOf(EntryKind.Mistake, 6);

    public static TheoryData<string> Alternatives => EntriesOf(EntryKind.Alternative, 6);
}

public sealed class Level7Catalogue(SuiteFixture suite) : CatalogueTests(suite)
{
    public static TheoryData<string> Mistakes => EntriesOf(EntryKind.Mistake, 7);

    public static TheoryData<string> Alternatives => EntriesOf(EntryKind.Alternative, 7);
}

public sealed class Level8Catalogue(SuiteFixture suite) : CatalogueTests(suite)
{
    public static TheoryData<string> Mistakes => EntriesOf(EntryKind.Mistake, 8);

    public static TheoryData<string> Alternatives => EntriesOf(EntryKind.Alternative, 8);
}
