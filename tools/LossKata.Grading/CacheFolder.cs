namespace LossKata.Grading;

/// <summary>
/// The folder where LossKata keeps what it can rebuild or fetch again: the grader's suite builds and run results, and
/// the full MNIST downloaded by <c>train --data mnist</c>. $LOSSKATA_CACHE when set, else $XDG_CACHE_HOME/losskata,
/// else ~/.cache/losskata, else losskata-cache in the temp folder. The command line's exercises program compiles this
/// same file (it does not reference the grader).
/// </summary>
public static class CacheFolder
{
    /// <summary>The environment variable that overrides the cache folder.</summary>
    public const string Variable = "LOSSKATA_CACHE";

    /// <summary>The cache folder's full path (not created here).</summary>
    public static string Root()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg))
        {
            return Path.Combine(xdg, "losskata");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home)
            ? Path.Combine(Path.GetTempPath(), "losskata-cache")
            : Path.Combine(home, ".cache", "losskata");
    }
}
