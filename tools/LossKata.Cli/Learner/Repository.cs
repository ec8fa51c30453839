using LossKata.Grading;

namespace LossKata.Cli.Learner;

/// <summary>Finds the repository the program works on: --repository, or the nearest folder above the current one
/// (then above the program itself) that holds tests/exercises.json.</summary>
public static class Repository
{
    public static string Find(string? given)
    {
        if (given is not null)
        {
            var root = Path.GetFullPath(given);
            return File.Exists(Path.Combine(root, Catalog.RelativePath))
                ? root
                : throw new UsageException($"--repository {given}: {Catalog.RelativePath} is not there.");
        }

        return RepositoryRoot.Above(Environment.CurrentDirectory) ?? RepositoryRoot.Above(AppContext.BaseDirectory)
            ?? throw new UsageException($"No LossKata repository here: run from inside one (a folder above holds {Catalog.RelativePath}) or give --repository.");
    }

    /// <summary>The folder where the learner tools keep their state (hint progress, backups); not part of the exercises.</summary>
    public static string StateFolder(string root) => Path.Combine(root, ".losskata");
}
