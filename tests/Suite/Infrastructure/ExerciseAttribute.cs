using System.Reflection;
using LossKata.Course;
using Xunit.v3;

namespace LossKata.Tests;

/// <summary>
/// Marks a test class (or method) as testing one exercise of course.json. It gives the test the traits
/// <c>Level</c> and <c>Exercise</c> (filter with <c>--filter-trait "Level=1"</c>), and before every test it
/// probes the exercise: against exercises/ a stub that still throws <see cref="NotImplementedException"/> makes
/// the test "not started" (skipped); against solutions/ it is a failure.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class ExerciseAttribute(string id) : BeforeAfterTestAttribute, ITraitAttribute
{
    public string Id { get; } = id;

    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits()
    {
        var exercise = CourseManifest.BesideProgram.Exercise(Id);
        return [new("Level", exercise.Level.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Exercise", Id)];
    }

    public override void Before(MethodInfo methodUnderTest, IXunitTest test) => Probes.EnsureStarted(Id);
}

/// <summary>
/// A test of one exercise that also calls the members of other exercises (an identity between two functions,
/// say): those are probed too, so the test is "not started" until all of them are implemented. The trait
/// <c>Requires</c> tells the grader that this test runs those exercises' code as well as its own.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequiresAttribute(string id) : BeforeAfterTestAttribute, ITraitAttribute
{
    public string Id { get; } = id;

    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() => [new("Requires", Id)];

    public override void Before(MethodInfo methodUnderTest, IXunitTest test) => Probes.EnsureStarted(Id);
}

/// <summary>Marks a static, parameterless method of a test class as the probe of an exercise: it calls the
/// exercise's members once on valid input, so that a stub's <see cref="NotImplementedException"/> shows.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ProbeAttribute(string id) : Attribute
{
    public string Id { get; } = id;
}
