using LossKata.Course;

namespace LossKata.Grading;

/// <summary>
/// An implementation of the exercises to test: exercise source files, by path relative to exercises/
/// (e.g. <c>Level1_Entropy/Entropy.cs</c>), to their text. Every exercise file of course.json not
/// given here is taken from solutions/ (the reference) when the variant is compiled, together with common/**/*.cs.
/// </summary>
public sealed record ImplementationVariant(IReadOnlyDictionary<string, string> Files)
{
    /// <summary>The reference implementation: nothing replaced.</summary>
    public static ImplementationVariant Empty { get; } = new(new Dictionary<string, string>());

    /// <summary>The reference implementation: every exercise file from solutions/.</summary>
    public static ImplementationVariant Reference(string repositoryRoot)
    {
        var course = CourseManifest.Load(repositoryRoot);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var exercise in course.Exercises)
        {
            var path = Path.Combine(repositoryRoot, "solutions", exercise.File);
            if (File.Exists(path))
            {
                files[exercise.File] = File.ReadAllText(path);
            }
        }

        return new ImplementationVariant(files);
    }

    internal static string Normalise(string exerciseFile)
    {
        var path = exerciseFile.Replace('\\', '/');
        return path.StartsWith("exercises/", StringComparison.Ordinal) ? path["exercises/".Length..] : path;
    }
}
