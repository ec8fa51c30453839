using System.Reflection;
using System.Text;
using LossKata.Course;
using Xunit.v3;

namespace LossKata.Tests.ExerciseList;

/// <summary>
/// One line per level instead of one per test: against exercises/, the tests of an exercise that is still a stub are
/// left out of the run (see tests/LossKata.Tests.Exercises/Program.cs), and this one test, skipped, says which
/// exercises are not started and which to implement next. Against solutions/ nothing is a stub and it passes.
/// </summary>
public sealed class NotStartedYet
{
    [Fact]
    [EveryLevel]
    public void Exercises_not_started_yet_and_the_next_one_to_implement()
    {
        var notStarted = Probes.NotStarted();
        if (notStarted.Count > 0)
        {
            Assert.Skip(Summary(notStarted));
        }
    }

    /// <summary>What is left, by level, and where to start.</summary>
    public static string Summary(IReadOnlyList<CourseExercise> notStarted)
    {
        var course = CourseManifest.BesideProgram;
        var text = new StringBuilder($"{notStarted.Count} of {course.Exercises.Count} exercises not started (their tests are left out of this run):");
        foreach (var level in notStarted.GroupBy(e => e.Level))
        {
            text.Append($"\n  level {level.Key} ({course.Level(level.Key).Title}): {string.Join(", ", level.Select(e => e.Id))}");
        }

        foreach (var waiting in notStarted.Select(e => Probes.Reason(e.Id)).Where(reason => reason?.StartsWith("waiting:", StringComparison.Ordinal) == true))
        {
            text.Append($"\n  {waiting}");
        }

        var next = notStarted[0];
        text.Append($"\nNext: implement {next.Id} in exercises/{next.File} (read {course.Level(next.Level).Doc}).");
        return text.ToString();
    }

    /// <summary>Gives the test every level's trait, so that it also runs (and says what is left) when one level is
    /// chosen with --filter-trait "Level=N".</summary>
    [AttributeUsage(AttributeTargets.Method)]
    private sealed class EveryLevelAttribute : Attribute, ITraitAttribute
    {
        public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() =>
            [.. CourseManifest.BesideProgram.Levels.Select(l => new KeyValuePair<string, string>("Level", l.Level.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }
}
