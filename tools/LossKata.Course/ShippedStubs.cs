using System.Security.Cryptography;
using System.Text;

namespace LossKata.Course;

/// <summary>
/// The exercise files as shipped, identified by the git blob id course.json records for each ("stub"). The
/// text comes from the repository's git objects (<c>git cat-file</c>), so it is the shipped file byte for byte
/// whatever the learner has edited or committed since; without git, a working-tree file still matching the id serves.
/// </summary>
public static class ShippedStubs
{
    /// <summary>The git blob id of some bytes: SHA-1 of "blob {length}\0" followed by the bytes.</summary>
    public static string BlobId(byte[] content)
    {
        var header = Encoding.ASCII.GetBytes($"blob {content.Length}\0");
        return Convert.ToHexStringLower(SHA1.HashData([.. header, .. content]));
    }

    /// <summary>Whether these bytes are the exercise's file exactly as shipped (so the exercise is not started).</summary>
    public static bool IsShipped(CourseExercise exercise, byte[] content) =>
        exercise.Stub is not null && BlobId(content) == exercise.Stub;

    /// <summary>The shipped bytes of the exercise's file, or null with the reason it cannot be found.</summary>
    public static (byte[]? Content, string? Problem) Read(string repositoryRoot, CourseExercise exercise)
    {
        if (exercise.Stub is null)
        {
            return (null, $"{CourseManifest.RelativePath} records no shipped version (\"stub\") of {exercise.Id}.");
        }

        var working = Path.Combine(repositoryRoot, "exercises", exercise.File);
        if (File.Exists(working) && IsShipped(exercise, File.ReadAllBytes(working)))
        {
            return (File.ReadAllBytes(working), null);
        }

        var (exitCode, bytes, error) = Git.Run(repositoryRoot, "cat-file", "blob", exercise.Stub);
        if (exitCode == 0 && BlobId(bytes) == exercise.Stub)
        {
            return (bytes, null);
        }

        return (null, exitCode < 0
            ? $"git is needed to find the shipped exercises/{exercise.File} (blob {exercise.Stub}) and could not be started: {error}"
            : $"the shipped exercises/{exercise.File} (git blob {exercise.Stub}) is not in this repository's history: {error.Trim()}");
    }
}
