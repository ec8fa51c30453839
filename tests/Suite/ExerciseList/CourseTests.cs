using System.Reflection;
using LossKata.Course;

namespace LossKata.Tests.ExerciseList;

/// <summary>course.json and the suite's probes and attributes must agree, or the skip messages, `check` and
/// `grade` would point learners at the wrong place. (The files themselves are checked by tests/LossKata.Repository.Tests.)</summary>
public sealed class CourseTests
{
    private static readonly CourseManifest Course = CourseManifest.BesideProgram;

    [Fact]
    public void The_points_add_up_to_one_hundred() =>
        Course.Exercises.Sum(e => e.Points).Should().Be(100, "grades are out of 100 (course.json)");

    [Fact]
    public void Every_exercise_has_exactly_one_probe_and_every_probe_an_exercise() =>
        Probes.All.Keys.Should().BeEquivalentTo(
            Course.Exercises.Select(e => e.Id),
            "each exercise needs one [Probe] method so that a stub is reported as not started");

    [Fact]
    public void Every_exercise_and_requires_attribute_names_a_listed_exercise()
    {
        var ids = Course.Exercises.Select(e => e.Id).ToHashSet();
        var named = typeof(Probes).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods().Cast<MemberInfo>().Append(type))
            .SelectMany(member => member.GetCustomAttributes<ExerciseAttribute>().Select(a => a.Id)
                .Concat(member.GetCustomAttributes<RequiresAttribute>().Select(a => a.Id)))
            .Distinct();
        named.Should().OnlyContain(id => ids.Contains(id), "an [Exercise]/[Requires] id must be listed in course.json");
    }
}
