using System.Reflection;
using System.Text.RegularExpressions;

namespace LossKata.Tests.ExerciseList;

/// <summary>tests/exercises.json, the probes and the files under exercises/ and solutions/ must agree, or the
/// skip messages, `check` and `grade` would point learners and instructors at the wrong place.</summary>
public sealed class ExerciseCatalogTests
{
    private static readonly LossKata.Grading.Catalog Catalog = ExerciseCatalog.Instance;

    [Fact]
    public void The_points_add_up_to_one_hundred() =>
        Catalog.Exercises.Sum(e => e.Points).Should().Be(100, "grades are out of 100 (tests/exercises.json)");

    [Fact]
    public void Every_exercise_has_exactly_one_probe_and_every_probe_an_exercise() =>
        Probes.All.Keys.Should().BeEquivalentTo(
            Catalog.Exercises.Select(e => e.Id),
            "each exercise needs one [Probe] method so that a stub is reported as not started");

    [Fact]
    public void Every_exercise_and_requires_attribute_names_a_listed_exercise()
    {
        var ids = Catalog.Exercises.Select(e => e.Id).ToHashSet();
        var named = typeof(Probes).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods().Cast<MemberInfo>().Append(type))
            .SelectMany(member => member.GetCustomAttributes<ExerciseAttribute>().Select(a => a.Id)
                .Concat(member.GetCustomAttributes<RequiresAttribute>().Select(a => a.Id)))
            .Distinct();
        named.Should().OnlyContain(id => ids.Contains(id), "an [Exercise]/[Requires] id must be listed in tests/exercises.json");
    }

    [Fact]
    public void Every_exercise_file_exists_in_both_exercises_and_solutions()
    {
        var root = RepositoryRoot();
        foreach (var exercise in Catalog.Exercises)
        {
            File.Exists(Path.Combine(root, "exercises", exercise.File)).Should().BeTrue("exercises/{0} is listed for {1}", exercise.File, exercise.Id);
            File.Exists(Path.Combine(root, "solutions", exercise.File)).Should().BeTrue("solutions/{0} mirrors exercises/{0}", exercise.File);
        }
    }

    [Fact]
    public void Every_not_started_message_in_a_stub_names_the_listed_exercise_and_its_file()
    {
        var root = RepositoryRoot();
        foreach (var file in Catalog.Exercises.GroupBy(e => e.File))
        {
            var listed = file.Select(e => $"not started: implement {e.Id} in exercises/{file.Key}").ToList();
            foreach (Match message in Regex.Matches(File.ReadAllText(Path.Combine(root, "exercises", file.Key)), "not started: [^\"]*"))
            {
                listed.Should().Contain(
                    message.Value,
                    "a stub's exception tells the learner which exercise of tests/exercises.json to implement and where");
            }
        }
    }

    [Fact]
    public void Every_level_folder_and_doc_page_exists()
    {
        var root = RepositoryRoot();
        foreach (var level in Catalog.Levels)
        {
            Directory.Exists(Path.Combine(root, "exercises", level.Folder)).Should().BeTrue("level {0} lives in exercises/{1}", level.Level, level.Folder);
            File.Exists(Path.Combine(root, level.Doc)).Should().BeTrue("level {0}'s doc page is {1}", level.Level, level.Doc);
        }
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LossKata.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No LossKata.sln above {AppContext.BaseDirectory}.");
    }
}
