using System.Reflection;

namespace LossKata.Tests.ExerciseList;

/// <summary>tests/exercises.json and the suite's probes and attributes must agree, or the skip messages, `check` and
/// `grade` would point learners at the wrong place. (The files themselves are checked by tests/LossKata.Repository.Tests.)</summary>
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
}
