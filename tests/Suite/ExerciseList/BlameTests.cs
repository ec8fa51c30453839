using System.Reflection;

namespace LossKata.Tests.ExerciseList;

/// <summary>
/// One fair verdict: a test counted for an exercise of levels 1–6 or 9 never calls the learner's version of another
/// exercise — it uses the reference through <see cref="Oracle"/>, or the suite's own finite differences — so a
/// mistake costs only the exercise it is in. A <see cref="RequiresAttribute"/> is the mark of such a call, and this
/// test keeps them out of every level but the network's.
/// </summary>
public sealed class BlameTests
{
    /// <summary>
    /// The one exception: tests counted for a level 7–8 exercise. There [Requires] also marks the learner's own calls
    /// (the Trainer trains with the learner's losses and gradients, an Mlp is built from the learner's layers), which
    /// keep a test "not started" until those exist: a network level tests the network the learner built from their
    /// own parts.
    /// </summary>
    private static readonly int[] LevelsOutsideTheRule = [7, 8];

    [Fact]
    public void No_test_outside_the_network_levels_requires_another_exercise()
    {
        var offending = typeof(Probes).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Select(method => (Member: $"{type.FullName}.{method.Name}", Counted: CountedFor(method) ?? CountedFor(type), Requires: method.GetCustomAttributes<RequiresAttribute>()))
                .Append((Member: type.FullName!, Counted: CountedFor(type), Requires: type.GetCustomAttributes<RequiresAttribute>())))
            .Where(member => member.Counted is null || !LevelsOutsideTheRule.Contains(ExerciseCatalog.Instance.Exercise(member.Counted).Level))
            .SelectMany(member => member.Requires.Select(requires => $"{member.Member} (counted for {member.Counted ?? "nothing"}) requires {requires.Id}"))
            .ToList();

        offending.Should().BeEmpty(
            "a test of an exercise outside the network levels 7–8 must compare it with the reference (Oracle.*) or the suite's own finite differences, " +
            "never with the learner's version of another exercise, so that a mistake costs only its own exercise");
    }

    private static string? CountedFor(MemberInfo member) => member.GetCustomAttribute<ExerciseAttribute>()?.Id;
}
