using System.Globalization;
using System.Runtime.InteropServices;

namespace LossKata.Grading;

/// <summary>
/// How much of a submission the grader reads and compiles: every limit is checked before anything is read or bound,
/// so that no submission — a zip bomb's gigabyte file, a million helpers, a named pipe that never ends, code nested
/// 20,000 deep — can hold or exhaust the grader. A file past a limit is not read and is reported by name; it costs only what needs it.
/// </summary>
public static class SubmissionLimits
{
    /// <summary>The largest source file read: every reference file is under 8 KB.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>The most source files read from the level folders (the exercises' own files come first).</summary>
    public const int MaxFiles = 300;

    /// <summary>The most bytes read from one submission in all.</summary>
    public const long MaxTotalBytes = 16 * 1024 * 1024;

    /// <summary>The most files and folders looked at under the exercises folder.</summary>
    public const int MaxEntries = 20_000;

    /// <summary>The deepest syntax compiled: far deeper than code a person writes (a long sum nests one level a
    /// term), far shallower than what keeps the compiler binding for minutes or runs it out of stack (20,000 nested
    /// parentheses). Told from the syntax alone, before the compiler binds anything.</summary>
    public const int MaxNesting = 500;

    internal static string Size(long bytes) =>
        bytes >= 1024 * 1024 * 1024 ? (bytes / (1024.0 * 1024 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " GB"
        : bytes >= 1024 * 1024 ? (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB";
}

/// <summary>The <c>*.cs</c> files under a folder (bin/, obj/ and the like skipped), found without reading any: paths
/// relative to the exercises folder; symbolic links, files that are not regular files and names that are not valid
/// UTF-8 are set aside, each with its reason.</summary>
internal sealed class SourceFolder(string exercisesFolder)
{
    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", ".vs", ".idea"];

    private int entries;

    public List<string> Files { get; } = [];

    public List<string> Links { get; } = [];

    public List<RefusedFile> Refused { get; } = [];

    /// <summary>Whether a name came from bytes that are not valid UTF-8: .NET shows each such byte as U+FFFD, and the
    /// name it gives opens nothing.</summary>
    public static bool IsUnreadableName(string path) => Path.GetFileName(path).Contains('\uFFFD', StringComparison.Ordinal);

    public void Walk(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        if (Submission.IsLink(folder))
        {
            Links.Add(folder);
            return;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            if (++entries > SubmissionLimits.MaxEntries)
            {
                if (entries == SubmissionLimits.MaxEntries + 1)
                {
                    Refused.Add(new RefusedFile(Relative(folder) + "/…", $"more than {SubmissionLimits.MaxEntries:N0} files and folders: the rest is not looked at"));
                }

                return;
            }

            if (IsUnreadableName(entry))
            {
                Refused.Add(new RefusedFile(Relative(entry), "its name is not valid UTF-8 (shown with \uFFFD for the bytes that are not): not read — rename it"));
            }
            else if (Submission.IsLink(entry))
            {
                if (Directory.Exists(entry) || entry.EndsWith(".cs", StringComparison.Ordinal))
                {
                    Links.Add(entry);
                }
            }
            else if (Directory.Exists(entry))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(entry)))
                {
                    Walk(entry);
                }
            }
            else if (!entry.EndsWith(".cs", StringComparison.Ordinal))
            {
                continue;
            }
            else if (FileKinds.NotRegular(entry) is { } kind)
            {
                Refused.Add(new RefusedFile(Relative(entry), $"it is {kind}, not a regular file: not read"));
            }
            else
            {
                Files.Add(Path.GetRelativePath(exercisesFolder, entry).Replace('\\', '/'));
            }
        }
    }

    private string Relative(string path) => "exercises/" + Path.GetRelativePath(exercisesFolder, path).Replace('\\', '/');
}

/// <summary>Reads a submission's files within <see cref="SubmissionLimits"/>: each file's size is checked before it
/// is opened, and no more than the limit is read even from a file that grows meanwhile.</summary>
internal sealed class ReadBudget
{
    private long total;
    private int count;

    /// <summary>The file's bytes, or null and why it was not read.</summary>
    public (byte[]? Bytes, string? Problem) Read(string path)
    {
        if (++count > SubmissionLimits.MaxFiles)
        {
            return (null, $"the submission has more than {SubmissionLimits.MaxFiles} source files in its level folders: not read");
        }

        var length = new FileInfo(path).Length;
        if (length > SubmissionLimits.MaxFileBytes)
        {
            return (null, $"it is {SubmissionLimits.Size(length)}, more than the {SubmissionLimits.Size(SubmissionLimits.MaxFileBytes)} the grader reads from a source file: not read");
        }

        if (total + length > SubmissionLimits.MaxTotalBytes)
        {
            return (null, $"the submission's source files pass {SubmissionLimits.Size(SubmissionLimits.MaxTotalBytes)} in all: not read");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var buffer = new byte[length + 1];
        var read = 0;
        int last;
        while (read < buffer.Length && (last = stream.Read(buffer, read, buffer.Length - read)) > 0)
        {
            read += last;
        }

        if (read > length)
        {
            return (null, "it grew while it was read: not read");
        }

        total += read;
        return (buffer[..read], null);
    }
}

/// <summary>What kind of file a path is, told without opening it: opening a named pipe waits for a writer, and a
/// device can be read for ever.</summary>
internal static class FileKinds
{
    private const int KindMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>"a named pipe", "a device", "a socket"… for anything but a regular file (or a link, told elsewhere);
    /// null for a regular file.</summary>
    public static string? NotRegular(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.GetAttributes(path).HasFlag(FileAttributes.Device) ? "a device" : null;
        }

        if (LStat(path, out var status) != 0)
        {
            return "a file whose type cannot be told";
        }

        return (status.Mode & KindMask) switch
        {
            RegularFile or 0xA000 => null,
            0x1000 => "a named pipe (FIFO)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            _ => "not a regular file",
        };
    }

    /// <summary>The runtime's own lstat (what <see cref="File"/> uses on Unix), whose result has a fixed layout on every
    /// Unix: flags, then the mode bits, whatever the C library's struct stat looks like.</summary>
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);

    /// <summary>Room for the runtime's whole FileStatus (about 128 bytes); only the mode is read.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 512)]
    private struct FileStatus
    {
        [FieldOffset(4)]
        public int Mode;
    }
}
