using System.Text;
using LossKata.Course;

namespace LossKata.Grading;

/// <summary>One file of the learner's, as read for grading, with the SHA-256 of its bytes (recorded in every report).</summary>
public sealed record SubmittedFile(string Path, bool Present, string? Sha256);

/// <summary>A file of a level folder the grader did not read (path as exercises/…), and why.</summary>
public sealed record RefusedFile(string Path, string Reason);

/// <summary>A learner source file as graded: path relative to exercises/, text (byte-order mark removed) and whether
/// it is still exactly the shipped stub.</summary>
public sealed record LearnerFile(string Path, string Text, bool IsShippedStub);

/// <summary>
/// A learner's work: a copy of the repository, of its exercises/ folder, or an archive of either one or more folders
/// down. The one rule of what is graded, shared by <c>check</c> and <c>grade</c>: every <c>*.cs</c> file in a level's
/// folder (sub-folders included, bin/ and obj/ excluded) belongs to that level — the file course.json lists
/// for an exercise is that exercise's, any other is a helper the level's exercises may use. A listed file that is
/// missing, or still byte for byte the shipped stub, is "not started". Anything else — project files, tests, points,
/// hints, .cs files outside the level folders — always comes from the grading repository, so a submission cannot
/// change what it is graded by. Symbolic links are never followed: a link in a submission (git and zip archives keep
/// them) could point at the grading repository's solutions/.
/// </summary>
public sealed record Submission(string Learner, string Folder, IReadOnlyDictionary<string, LearnerFile> Files, IReadOnlyList<string> Ignored)
{
    /// <summary>Every file read, exercise and helper files alike, with its SHA-256; missing exercise files too.</summary>
    public IReadOnlyList<SubmittedFile> Manifest { get; init; } = [];

    /// <summary>Symbolic links found where learner files are read, relative to the submission: not read.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];

    /// <summary>Files of the level folders that were not read, and why: past a limit of <see cref="SubmissionLimits"/>,
    /// not a regular file (a named pipe, a device), or a name that is not valid UTF-8.</summary>
    public IReadOnlyList<RefusedFile> Refused { get; init; } = [];

    /// <summary>Why the learner's file of an exercise was not read, or null when it was (or is missing).</summary>
    public string? Refusal(CourseExercise exercise) =>
        Refused.FirstOrDefault(file => file.Path == "exercises/" + exercise.File)?.Reason;

    public static Submission Load(string folder, CourseManifest course, string? learner = null)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The submission folder {root} does not exist.");
        }

        var exercises = FindExercisesFolder(root, course)
            ?? throw new InvalidDataException($"{root} holds neither an exercises/ folder nor any level folder ({course.Levels[0].Folder}, ...).");
        var found = new SourceFolder(exercises);
        foreach (var level in course.Levels)
        {
            found.Walk(Path.Combine(exercises, level.Folder));
        }

        // Exercise files first, so that no number of helper files can crowd one out of the limits.
        var exerciseFiles = course.Exercises.Select(e => e.File).ToHashSet(StringComparer.Ordinal);
        var files = new SortedDictionary<string, LearnerFile>(StringComparer.Ordinal);
        var manifest = new List<SubmittedFile>();
        var refused = new List<RefusedFile>(found.Refused);
        var read = new ReadBudget();
        foreach (var relative in found.Files.OrderBy(f => exerciseFiles.Contains(f) ? 0 : 1).ThenBy(f => f, StringComparer.Ordinal))
        {
            var (bytes, problem) = read.Read(Path.Combine(exercises, relative));
            if (bytes is null)
            {
                refused.Add(new RefusedFile("exercises/" + relative, problem!));
                continue;
            }

            var exercise = course.Exercises.FirstOrDefault(e => e.File == relative);
            files[relative] = new LearnerFile(relative, Decode(bytes), exercise is not null && ShippedStubs.IsShipped(exercise, bytes));
            manifest.Add(new SubmittedFile("exercises/" + relative, true, Hashing.Sha256(bytes)));
        }

        var refusedPaths = refused.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        manifest.AddRange(course.Exercises.Where(e => !files.ContainsKey(e.File) && !refusedPaths.Contains("exercises/" + e.File)).Select(e => new SubmittedFile("exercises/" + e.File, false, null)));
        var levelFolders = course.Levels.Select(l => l.Folder + "/").ToList();
        var everything = new SourceFolder(exercises);
        everything.Walk(exercises);
        var ignored = everything.Files
            .Where(path => !levelFolders.Any(levelFolder => path.StartsWith(levelFolder, StringComparison.Ordinal)))
            .Select(path => "exercises/" + path)
            .ToList();
        var name = learner ?? Path.GetFileName(Path.GetFileName(root) == "exercises" ? Path.GetDirectoryName(root)! : root);
        return new Submission(name, root, files, ignored)
        {
            Manifest = manifest.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(),
            Links = found.Links.Select(link => Path.GetRelativePath(root, link).Replace('\\', '/')).ToList(),
            Refused = refused,
        };
    }

    /// <summary>The learner's file of an exercise, or null when it is not started (missing or the shipped stub).</summary>
    public LearnerFile? Started(CourseExercise exercise) =>
        Files.TryGetValue(exercise.File, out var file) && !file.IsShippedStub ? file : null;

    /// <summary>The level's files that no exercise of course.json owns: the learner's helpers.</summary>
    public IReadOnlyList<LearnerFile> Helpers(CourseManifest course, int level)
    {
        var folder = course.Level(level).Folder + "/";
        var owned = course.Exercises.Select(e => e.File).ToHashSet(StringComparer.Ordinal);
        return Files.Values.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal) && !owned.Contains(f.Path)).ToList();
    }

    internal static bool IsLink(string path) => File.GetAttributes(path).HasFlag(FileAttributes.ReparsePoint);

    private static string Decode(byte[] bytes)
    {
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>The folder that holds the level folders: DIR/exercises, DIR itself, or the first such folder a few
    /// levels down (an archive often adds a top folder such as LossKata-main/).</summary>
    private static string? FindExercisesFolder(string root, CourseManifest course)
    {
        bool HoldsLevels(string folder) => course.Levels.Any(level => Directory.Exists(Path.Combine(folder, level.Folder)));

        var candidates = new List<string> { root };
        for (var depth = 0; depth <= 3 && candidates.Count > 0; depth++)
        {
            var found = candidates.FirstOrDefault(folder => Path.GetFileName(folder) == "exercises" && HoldsLevels(folder))
                ?? candidates.Select(folder => Path.Combine(folder, "exercises")).FirstOrDefault(folder => Directory.Exists(folder) && !IsLink(folder) && HoldsLevels(folder))
                ?? candidates.FirstOrDefault(HoldsLevels);
            if (found is not null)
            {
                return found;
            }

            candidates = candidates
                .SelectMany(folder => Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
                .Where(folder => Path.GetFileName(folder) is not ("bin" or "obj" or ".git" or "solutions" or "tests") && !IsLink(folder) && !SourceFolder.IsUnreadableName(folder))
                .ToList();
        }

        return null;
    }
}
