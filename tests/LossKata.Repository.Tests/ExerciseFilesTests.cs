using System.Text;
using System.Text.RegularExpressions;
using LossKata.Grading;

namespace LossKata.Repository.Tests;

/// <summary>tests/exercises.json, the files under exercises/ and solutions/, the shipped stubs and the doc pages must
/// agree, or the skip messages, <c>check</c>, <c>reset</c> and <c>grade</c> would point learners at the wrong place.</summary>
public sealed class ExerciseFilesTests
{
    private static readonly string Root = RepositoryRoot.Find();
    private static readonly Catalog Catalog = Catalog.Load(Root);

    [Fact]
    public void Every_exercise_has_its_reference_solution()
    {
        foreach (var exercise in Catalog.Exercises)
        {
            File.Exists(Path.Combine(Root, "solutions", exercise.File)).Should().BeTrue("solutions/{0} mirrors exercises/{0}", exercise.File);
        }
    }

    [Fact]
    public void Every_exercise_records_the_git_blob_of_its_committed_stub()
    {
        foreach (var exercise in Catalog.Exercises)
        {
            var committed = Git.Output(Root, "rev-parse", $"HEAD:exercises/{exercise.File}");
            exercise.Stub.Should().Be(
                committed,
                "tests/exercises.json's \"stub\" is the git blob of exercises/{0} as committed, which reset restores; after changing a stub on purpose, record its new blob ({1})",
                exercise.File, committed);
        }
    }

    [Fact]
    public void Every_not_started_message_in_a_shipped_stub_names_the_listed_exercise_and_its_file()
    {
        foreach (var file in Catalog.Exercises.GroupBy(e => e.File))
        {
            var (stub, problem) = ShippedStubs.Read(Root, file.First());
            problem.Should().BeNull();
            var listed = file.Select(e => $"not started: implement {e.Id} in exercises/{file.Key}").ToList();
            var messages = Regex.Matches(Encoding.UTF8.GetString(stub!), "not started: [^\"]*").Select(m => m.Value).ToList();
            messages.Should().NotBeEmpty("the stub of exercises/{0} throws a not-started NotImplementedException", file.Key);
            messages.Should().OnlyContain(
                message => listed.Contains(message),
                "a stub's exception tells the learner which exercise of tests/exercises.json to implement and where");
        }
    }

    [Fact]
    public void Every_level_folder_and_doc_page_exists()
    {
        foreach (var level in Catalog.Levels)
        {
            Directory.Exists(Path.Combine(Root, "exercises", level.Folder)).Should().BeTrue("level {0} lives in exercises/{1}", level.Level, level.Folder);
            File.Exists(Path.Combine(Root, level.Doc)).Should().BeTrue("level {0}'s doc page is {1}", level.Level, level.Doc);
        }
    }
}
