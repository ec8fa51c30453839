using LossKata.Course;

namespace LossKata.Catalogue.Tests;

/// <summary>The catalogue itself: large enough, and every entry well formed and aimed at a real exercise file.</summary>
public sealed class CatalogueShapeTests(SuiteFixture suite)
{
    public const int MinimumMistakes = 40;
    public const int MinimumAlternatives = 15;

    [Fact]
    public void The_catalogue_holds_enough_mistakes_and_alternatives()
    {
        CatalogueEntry.PathsOf(suite.RepositoryRoot, EntryKind.Mistake).Should().HaveCountGreaterThanOrEqualTo(MinimumMistakes);
        CatalogueEntry.PathsOf(suite.RepositoryRoot, EntryKind.Alternative).Should().HaveCountGreaterThanOrEqualTo(MinimumAlternatives);
    }

    [Fact]
    public void Every_entry_replaces_the_file_of_its_exercise_and_differs_from_the_reference()
    {
        var course = CourseManifest.Load(suite.RepositoryRoot);
        foreach (var entry in CatalogueEntry.AllPaths(suite.RepositoryRoot).Select(path => CatalogueEntry.Load(suite.RepositoryRoot, path)))
        {
            var exercise = course.Exercises.SingleOrDefault(e => e.Id == entry.Exercise);
            exercise.Should().NotBeNull("{0} names the exercise {1}, which course.json must list", entry.Path, entry.Exercise);
            entry.Replaces.Should().Be(exercise!.File, "{0} must replace the file of its exercise {1}", entry.Path, entry.Exercise);
            entry.Path.Should().StartWith($"{entry.Kind}s/Level{exercise.Level}/", "entries are filed by kind and level");
            suite.Reference.Files.Should().ContainKey(entry.Replaces, "{0} replaces a reference solution that must exist", entry.Path);
            entry.Source.Should().NotBe(suite.Reference.Files[entry.Replaces], "{0} must differ from the reference", entry.Path);
        }
    }

    [Fact]
    public void Every_mistake_and_alternative_runs_in_exactly_one_part()
    {
        var dealt = CatalogueTests.Dealt(suite.RepositoryRoot).Select(entry => entry.Entry.Path).ToList();
        var entries = CatalogueEntry.PathsOf(suite.RepositoryRoot, EntryKind.Mistake).Concat(CatalogueEntry.PathsOf(suite.RepositoryRoot, EntryKind.Alternative));

        dealt.Should().OnlyHaveUniqueItems();
        dealt.Should().BeEquivalentTo(entries,
            "an entry runs only when it is filed under a level of course.json (tests/Catalogue/Mistakes/LevelN/, Alternatives/LevelN/)");
    }
}
