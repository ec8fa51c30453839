using System.Reflection;

namespace LossKata.Tests.ExerciseList;

/// <summary>
/// Keeps the bad-input contracts of levels 1–6 in step with the stubs (issue 9, item 4): every rejection a test
/// expects is declared once, as a <see cref="Rejection"/> in a <see cref="RejectionsOfAttribute"/> property, and
/// here each must (1) be named, verbatim, in the stub a learner edits — <c>Guard.Distribution(q, nameof(q))</c> —
/// and (2) be what that check really throws on the same input: the exception, its parameter and its message. A test
/// that expects a message no stub mentions, or a stub that names a check the tests do not expect, fails here.
/// </summary>
public sealed class ContractsInStepTests
{
    private const int LastLevel = 6;

    public static TheoryData<string> Exercises =>
        [.. ExerciseCatalog.Instance.Exercises.Where(e => e.Level <= LastLevel).Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Exercises))]
    public void Every_check_a_bad_input_test_expects_is_named_in_the_stub(string exercise)
    {
        var stubPath = Path.Combine("exercises", ExerciseCatalog.Instance.Exercise(exercise).File);
        var stub = File.ReadAllText(Path.Combine(ExerciseCatalogTests.RepositoryRoot(), stubPath));
        var rejections = RejectionsOf(exercise).ToList();

        rejections.Should().NotBeEmpty("every exercise of levels 1–6 rejects bad input, and its tests declare how in a [RejectionsOf(\"{0}\")] property", exercise);
        foreach (var check in rejections.Select(r => r.Check).Distinct())
        {
            stub.Should().Contain(check, "the tests of {0} expect the exception that {1} throws, so {2} must say to call exactly that", exercise, check, stubPath);
        }
    }

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

    private static IEnumerable<Rejection> RejectionsOf(string exercise) =>
        typeof(Probes).Assembly.GetTypes()
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(property => property.GetCustomAttribute<RejectionsOfAttribute>()?.Exercises.Contains(exercise) == true)
            .SelectMany(property => (IEnumerable<Rejection>)property.GetValue(null)!);
}
