namespace LossKata.Course;

/// <summary>A LossKata repository: the nearest folder, from a starting folder upwards, that holds course.json and
/// exercises/ (a program's output folder holds a copy of course.json, never exercises/). The one way every tool and
/// test project finds it.</summary>
public static class Repository
{
    /// <summary>Whether the folder is the root of a LossKata repository.</summary>
    public static bool IsRoot(string folder) =>
        File.Exists(Path.Combine(folder, CourseManifest.RelativePath)) && Directory.Exists(Path.Combine(folder, "exercises"));

    /// <summary>The repository around <paramref name="start"/>, or null.</summary>
    public static string? Above(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (IsRoot(folder.FullName))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>The repository around the running program (a test project's output folder, say).</summary>
    public static string Find() =>
        Above(AppContext.BaseDirectory)
        ?? throw new RepositoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds {CourseManifest.RelativePath} and exercises/.");

    /// <summary>The repository a command works on: <paramref name="given"/> (its --repository), or the nearest one above
    /// the current folder, then above the program itself.</summary>
    public static string Find(string? given)
    {
        if (given is not null)
        {
            var root = Path.GetFullPath(given);
            return IsRoot(root)
                ? root
                : throw new RepositoryNotFoundException($"--repository {given}: {CourseManifest.RelativePath} and exercises/ are not there.");
        }

        return Above(Environment.CurrentDirectory) ?? Above(AppContext.BaseDirectory)
            ?? throw new RepositoryNotFoundException($"No LossKata repository here: run from inside one (a folder above holds {CourseManifest.RelativePath} and exercises/) or give --repository.");
    }

    /// <summary>Copies the files and folders named (paths relative to the root) into <paramref name="target"/>, without
    /// build output (bin/, obj/): a repository, or the part of one a test needs, to change without touching this one.</summary>
    public static void Copy(string root, string target, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var source = Path.Combine(root, path);
            if (Directory.Exists(source))
            {
                CopyFolder(source, Path.Combine(target, path));
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, path))!);
                File.Copy(source, Path.Combine(target, path));
            }
        }
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source).Where(folder => Path.GetFileName(folder) is not ("bin" or "obj")))
        {
            CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }

    /// <summary>The folder where the learner tools keep their state (hint progress, backups); not part of the exercises.</summary>
    public static string StateFolder(string root) => Path.Combine(root, ".losskata");
}

/// <summary>No LossKata repository where one was looked for; the message says where and what to do.</summary>
public sealed class RepositoryNotFoundException(string message) : Exception(message);
