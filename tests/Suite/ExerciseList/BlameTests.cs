using System.Reflection;
using LossKata.Course;

namespace LossKata.Tests.ExerciseList;

/// <summary>
/// One fair verdict: a test counted for a function exercise (its level's kind in course.json) never calls the learner's version of another
/// exercise — it uses the reference through <see cref="Oracle"/>, or the suite's own finite differences — so a
/// mistake costs only the exercise it is in. A <see cref="RequiresAttribute"/> is the mark of such a call, and this
/// test keeps them out of every level but the network's.
/// <para>
/// The one exception: tests counted for a network exercise (levels 7–8). There [Requires] also marks the learner's own
/// calls (the Trainer trains with the learner's losses and gradients, an Mlp is built from the learner's layers),
/// which keep a test "not started" until those exist.
/// </para>
/// </summary>
public sealed class BlameTests
{
    private static readonly CourseManifest Course = CourseManifest.BesideProgram;

    [Fact]
    public void No_test_outside_the_network_levels_requires_another_exercise()
    {
        var offending = typeof(Probes).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Select(method => (Member: $"{type.FullName}.{method.Name}", Counted: CountedFor(method) ?? CountedFor(type), Requires: method.GetCustomAttributes<RequiresAttribute>()))
                .Append((Member: type.FullName!, Counted: CountedFor(type), Requires: type.GetCustomAttributes<RequiresAttribute>())))
            .Where(member => member.Counted is null || Course.KindOf(Course.Exercise(member.Counted)) == ExerciseKind.Function)
            .SelectMany(member => member.Requires.Select(requires => $"{member.Member} (counted for {member.Counted ?? "nothing"}) requires {requires.Id}"))
            .ToList();

        offending.Should().BeEmpty(
            "a test of a function exercise must compare it with the reference (Oracle.*) or the suite's own finite differences, " +
            "never with the learner's version of another exercise, so that a mistake costs only its own exercise");
    }

    private static string? CountedFor(MemberInfo member) => member.GetCustomAttribute<ExerciseAttribute>()?.Id;
}
