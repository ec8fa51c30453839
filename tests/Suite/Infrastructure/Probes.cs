using System.Collections.Concurrent;
using System.Reflection;
using LossKata.Course;

namespace LossKata.Tests;

/// <summary>Finds each exercise's <see cref="ProbeAttribute"/> method and runs it, once per exercise.</summary>
public static class Probes
{
    private static readonly Lazy<IReadOnlyDictionary<string, MethodInfo>> ProbeMethods = new(FindProbes);
    private static readonly ConcurrentDictionary<string, string?> NotStartedReasons = new();

    /// <summary>True when the suite runs against the learner's exercises/ rather than the reference solutions/.</summary>
    public static bool AgainstExercises { get; } =
        typeof(Information).Assembly.GetName().Name == "LossKata.Exercises";

    public static IReadOnlyDictionary<string, MethodInfo> All => ProbeMethods.Value;

    /// <summary>Why an exercise's tests do not run yet ("not started: …" or "waiting: …"), or null when they run.</summary>
    public static string? Reason(string id) => NotStartedReasons.GetOrAdd(id, Probe);

    /// <summary>The exercises still a stub ("not started"), in the order of course.json.</summary>
    public static IReadOnlyList<CourseExercise> NotStarted() =>
        CourseManifest.BesideProgram.Exercises.Where(e => NotStartedReasons.GetOrAdd(e.Id, Probe) is not null).ToList();

    /// <summary>Skips the running test (exercises) or fails it (solutions) when the exercise is still a stub.</summary>
    public static void EnsureStarted(string id)
    {
        var reason = NotStartedReasons.GetOrAdd(id, Probe);
        if (reason is null)
        {
            return;
        }

        if (AgainstExercises)
        {
            Assert.Skip(reason);
        }

        var file = CourseManifest.BesideProgram.Exercise(id).File;
        throw new InvalidOperationException($"The reference solution of {id} (solutions/{file}) throws NotImplementedException; the solutions run must not skip anything.");
    }

    private static string? Probe(string id)
    {
        if (!ProbeMethods.Value.TryGetValue(id, out var probe))
        {
            throw new InvalidOperationException($"Exercise '{id}' has no [Probe(\"{id}\")] method in the suite.");
        }

        try
        {
            probe.Invoke(null, null);
            return null;
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is NotImplementedException notImplemented)
        {
            // A stub says "not started: implement <id> in <file>"; one naming another exercise means this exercise is
            // written but calls one that is not: it waits for it (skipped, never red), and the reason says which.
            const string stubMessage = "not started: implement ";
            if (notImplemented.Message.StartsWith(stubMessage, StringComparison.Ordinal)
                && !notImplemented.Message.StartsWith($"{stubMessage}{id} ", StringComparison.Ordinal))
            {
                return $"waiting: {id} needs another exercise first — {notImplemented.Message["not started: ".Length..]}";
            }

            var exercise = CourseManifest.BesideProgram.Exercise(id);
            var doc = CourseManifest.BesideProgram.Level(exercise.Level).Doc;
            return $"not started: implement {id} in exercises/{exercise.File} (read {doc})";
        }
        catch (TargetInvocationException)
        {
            // Started but wrong on the probe's input: the test itself runs and reports what is wrong.
            return null;
        }
    }

    private static IReadOnlyDictionary<string, MethodInfo> FindProbes() =>
        typeof(Probes).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Select(method => (method, attribute: method.GetCustomAttribute<ProbeAttribute>()))
            .Where(pair => pair.attribute is not null)
            .ToDictionary(pair => pair.attribute!.Id, pair => pair.method);
}
