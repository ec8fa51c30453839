namespace LossKata.Grading;

/// <summary>The one way every tool and test project finds the repository: the nearest folder, from a starting
/// folder upwards, that holds tests/exercises.json.</summary>
public static class RepositoryRoot
{
    /// <summary>The repository around <paramref name="start"/>, or null.</summary>
    public static string? Above(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, Catalog.RelativePath)))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>The repository around the running program (a test project's output folder, say).</summary>
    public static string Find() =>
        Above(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {Catalog.RelativePath}.");
}
