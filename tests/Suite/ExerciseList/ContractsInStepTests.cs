using System.Reflection;
using LossKata.Course;

namespace LossKata.Tests.ExerciseList;

/// <summary>
/// Keeps the bad-input contracts of the function exercises (their level's kind in course.json) in step with the checks: every rejection a test expects is declared
/// once, as a <see cref="Rejection"/> in a <see cref="RejectionsOfAttribute"/> property, and here each must be what
/// its check really throws on the same input: the exception, its parameter and its message. That each is named,
/// verbatim, in the stub a learner edits is checked against the shipped stubs by tests/LossKata.Repository.Tests.
/// </summary>
public sealed class ContractsInStepTests
{
    public static TheoryData<string> Exercises =>
        [.. CourseManifest.BesideProgram.ExercisesOfKind(ExerciseKind.Function).Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Exercises))]
    public void Every_declared_rejection_is_what_its_check_throws(string exercise)
    {
        foreach (var rejection in RejectionsOf(exercise))
        {
            var thrown = Record.Exception(rejection.RunCheck);
            thrown.Should().NotBeNull("{0} must reject the bad input its test gives {1}", rejection.Check, exercise);
            rejection.Mismatch(thrown!).Should().BeEmpty(
                "a test of {0} expects {1} because {2} gives it; it must really give it", exercise, rejection.Expectation, rejection.Check);
        }
    }

    /// <summary>The rejections the tests of an exercise expect.</summary>
    public static IEnumerable<Rejection> RejectionsOf(string exercise) =>
        typeof(Probes).Assembly.GetTypes()
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(property => property.GetCustomAttribute<RejectionsOfAttribute>()?.Exercises.Contains(exercise) == true)
            .SelectMany(property => (IEnumerable<Rejection>)property.GetValue(null)!);
}
