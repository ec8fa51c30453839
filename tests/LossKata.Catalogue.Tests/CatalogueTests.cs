using LossKata.Course;
using LossKata.Grading;
using TestResult = LossKata.Grading.TestResult;

namespace LossKata.Catalogue.Tests;

/// <summary>
/// The suite's strength, measured: it must reject each learner mistake of tests/Catalogue/Mistakes with a message a
/// learner can act on, and accept each correct alternative of tests/Catalogue/Alternatives. Each entry is graded as a
/// learner's whole submission would be (the reference with the entry's file), so each also shows the grader's
/// fairness: the entry's exercise alone gains or loses. The entries of every level of course.json are dealt to
/// <see cref="Parts"/> classes (below), which run in parallel, each entry one row.
/// </summary>
public abstract class CatalogueTests(SuiteFixture suite)
{
    [Theory]
    [MemberData("Mistakes")]
    public void The_suite_rejects_the_mistake_naming_it_in_the_first_failure_and_charges_no_other_exercise(string path)
    {
        var entry = CatalogueEntry.Load(suite.RepositoryRoot, path);
        var (own, others) = GradeInAWholeSubmission(entry);

        own.State.Should().Be(
            ExerciseState.Failing,
            "the mistake \"{0}\" ({1}) must fail some test of {2} and still run to the end, but {3} of its {4} tests passed{5}",
            entry.Description, path, entry.Exercise, own.Passed, own.Total, own.Problem is null ? "" : ": " + own.Problem);
        var failed = FailureOrder.Order(own.Failures);
        var first = failed[0];
        var named = entry.MessageWords.All(word => WhatALearnerReads(first).Contains(word, StringComparison.OrdinalIgnoreCase));
        suite.MessagesSeen[path] = $"{(named ? "named" : "NOT NAMED")} by the first failure, {first.Name}: {Shorten(first.Message)}";
        named.Should().BeTrue(
                "a learner who made the mistake \"{0}\" ({1}) reads first the failure {2}, so it must say {3}; the failures, in the order a learner reads them, were:{4}",
                entry.Description, path, first.Name, string.Join(" and ", entry.MessageWords.Select(word => $"\"{word}\"")), Describe(failed));
        others.Should().BeEmpty(
            "a mistake in {0} (\"{1}\", {2}) costs no other exercise anything, even one that calls {0} or is tested beside it",
            entry.Exercise, entry.Description, path);
    }

    [Theory]
    [MemberData("Alternatives")]
    public void The_suite_accepts_the_correct_alternative(string path)
    {
        var entry = CatalogueEntry.Load(suite.RepositoryRoot, path);
        var (own, others) = GradeInAWholeSubmission(entry);

        own.State.Should().Be(
            ExerciseState.Passed,
            "the alternative \"{0}\" ({1}) is correct, so every test of {2} must pass; these did not:{3}{4}",
            entry.Description, path, entry.Exercise, Describe(own.Failures), own.Problem is null ? "" : " " + own.Problem);
        others.Should().BeEmpty("a correct {0} costs no other exercise anything", entry.Exercise);
    }

    /// <summary>Grades the reference with the entry's file in place, as <c>grade</c> grades a learner: the entry's
    /// exercise, and every other exercise that lost points (with its points).</summary>
    private (ExerciseGrade Own, IReadOnlyList<string> OthersCharged) GradeInAWholeSubmission(CatalogueEntry entry)
    {
        var exercises = suite.GradeReferenceWith(entry, SuiteFixture.TimeLimit).Levels.SelectMany(level => level.Exercises).ToList();
        var own = exercises.Single(e => e.Id == entry.Exercise);
        own.Total.Should().BeGreaterThan(0, "the suite must have tests of {0}, the exercise {1} belongs to", entry.Exercise, entry.Path);
        return (own, exercises.Where(e => e.Id != entry.Exercise && e.Points < e.MaxPoints).Select(e => $"{e.Id}: {e.Points} / {e.MaxPoints}").ToList());
    }

    /// <summary>How many parts the entries are run in: xUnit.net runs test classes in parallel, never the rows of one
    /// theory, so the parts are classes. Four keep two cores busy to the end (a part of one slow level no longer runs
    /// alone) and use four where there are four.</summary>
    public const int Parts = 4;

    /// <summary>The entries of a kind in one part, each row with the trait <c>Level</c> of its folder (run one level's
    /// entries with <c>--filter-trait "Level=7"</c>). Every level of course.json, in order; entries are dealt to the
    /// parts in turn, so each part holds entries of every level.</summary>
    protected static TheoryData<string> EntriesOf(EntryKind kind, int part)
    {
        var rows = new TheoryData<string>();
        foreach (var (entry, level, index) in Dealt(Repository.Find()).Where(dealt => dealt.Entry.Kind == kind))
        {
            if (index % Parts == part - 1)
            {
                rows.Add(new TheoryDataRow<string>(entry.Path).WithTrait("Level", level.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return rows;
    }

    /// <summary>Every mistake and alternative under a level folder of course.json, numbered in the order they are
    /// dealt to the parts (by level, then path).</summary>
    public static IEnumerable<((EntryKind Kind, string Path) Entry, int Level, int Index)> Dealt(string root)
    {
        var entries = CourseManifest.Load(root).Levels.OrderBy(level => level.Level)
            .SelectMany(level => new[] { EntryKind.Mistake, EntryKind.Alternative }
                .SelectMany(kind => CatalogueEntry.PathsOf(root, kind)
                    .Where(path => path.StartsWith($"{kind}s/Level{level.Level}/", StringComparison.Ordinal))
                    .Select(path => (Entry: (kind, path), level.Level))));
        return entries.Select((entry, index) => (entry.Entry, entry.Level, index));
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

/// <summary>The entries in <see cref="CatalogueTests.Parts"/> parts of about the same size, so that the parts run in
/// parallel; which part an entry runs in follows from course.json and the catalogue's folders alone.</summary>
public sealed class CataloguePart1(SuiteFixture suite) : CatalogueTests(suite)
{
    public static TheoryData<string> Mistakes => EntriesOf(EntryKind.Mistake, 1);

    public static TheoryData<string> Alternatives => EntriesOf(EntryKind.Alternative, 1);
}

public sealed class CataloguePart2(SuiteFixture suite) : CatalogueTests(suite)
{
    public static TheoryData<string> Mistakes => EntriesOf(EntryKind.Mistake, 2);

    public static TheoryData<string> Alternatives => EntriesOf(EntryKind.Alternative, 2);
}

public sealed class CataloguePart3(SuiteFixture suite) : CatalogueTests(suite)
{
    public static TheoryData<string> Mistakes => EntriesOf(EntryKind.Mistake, 3);

    public static TheoryData<string> Alternatives => EntriesOf(EntryKind.Alternative, 3);
}

public sealed class CataloguePart4(SuiteFixture suite) : CatalogueTests(suite)
{
    public static TheoryData<string> Mistakes => EntriesOf(EntryKind.Mistake, 4);

    public static TheoryData<string> Alternatives => EntriesOf(EntryKind.Alternative, 4);
}
