namespace LossKata.Cli.Learner;

/// <summary>
/// Notices saved files by polling their sizes and modification times — unlike file-system events this works on
/// every file system (network drives, bind mounts, WSL). Debounced: it reports a change only once the folder has
/// stayed the same for one more interval, so an editor's burst of writes counts as one save.
/// </summary>
public sealed class FolderPoller(string folder, string pattern, TimeSpan interval)
{
    private IReadOnlyDictionary<string, (long Length, DateTime Written)> last = Snapshot(folder, pattern);

    /// <summary>Waits until a file matching the pattern is added, removed or saved; false when cancelled.</summary>
    public bool WaitForChange(CancellationToken cancellation)
    {
        while (!cancellation.WaitHandle.WaitOne(interval))
        {
            var now = Snapshot(folder, pattern);
            if (Same(now, last))
            {
                continue;
            }

            // Debounce: wait until two polls in a row agree before reporting the change.
            while (!cancellation.WaitHandle.WaitOne(interval))
            {
                var settled = Snapshot(folder, pattern);
                if (Same(settled, now))
                {
                    last = settled;
                    return true;
                }

                now = settled;
            }
        }

        return false;
    }

    private static bool Same(IReadOnlyDictionary<string, (long, DateTime)> a, IReadOnlyDictionary<string, (long, DateTime)> b) =>
        a.Count == b.Count && a.All(entry => b.TryGetValue(entry.Key, out var other) && other == entry.Value);

    private static IReadOnlyDictionary<string, (long Length, DateTime Written)> Snapshot(string folder, string pattern) =>
        Directory.Exists(folder)
            ? new DirectoryInfo(folder).EnumerateFiles(pattern, SearchOption.AllDirectories)
                .Where(file => !file.FullName.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !file.FullName.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .ToDictionary(file => file.FullName, file => (file.Length, file.LastWriteTimeUtc))
            : new Dictionary<string, (long, DateTime)>();
}
