namespace LossKata.Grading;

/// <summary>One exercise file as found in a submission, with the SHA-256 of its bytes (recorded in every report).</summary>
public sealed record SubmittedFile(string Path, bool Present, string? Sha256);

/// <summary>
/// A learner's work: a copy of the repository or of its exercises/ folder. Only the exercise source files listed in
/// tests/exercises.json are read from it; project files, tests, points and hints always come from the grading
/// repository, so a submission cannot change what it is graded by.
/// </summary>
public sealed record Submission(string Learner, string Folder, IReadOnlyDictionary<string, string> Files, IReadOnlyList<SubmittedFile> Manifest)
{
    public static Submission Load(string folder, Catalog catalog, string? learner = null)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The submission folder {root} does not exist.");
        }

        var exercises = FindExercisesFolder(root, catalog)
            ?? throw new InvalidDataException($"{root} holds neither an exercises/ folder nor any level folder ({catalog.Levels[0].Folder}, ...).");
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var manifest = new List<SubmittedFile>();
        foreach (var exercise in catalog.Exercises)
        {
            var path = Path.Combine(exercises, exercise.File);
            if (File.Exists(path))
            {
                var bytes = File.ReadAllBytes(path);
                files[exercise.File] = System.Text.Encoding.UTF8.GetString(bytes);
                manifest.Add(new SubmittedFile("exercises/" + exercise.File, true, Hashing.Sha256(bytes)));
            }
            else
            {
                manifest.Add(new SubmittedFile("exercises/" + exercise.File, false, null));
            }
        }

        var name = learner ?? Path.GetFileName(Path.GetFileName(root) == "exercises" ? Path.GetDirectoryName(root)! : root);
        return new Submission(name, root, files, manifest);
    }

    /// <summary>The folder that holds the level folders: DIR/exercises, DIR itself, or the first such folder a few
    /// levels down (an archive often adds a top folder such as LossKata-main/).</summary>
    private static string? FindExercisesFolder(string root, Catalog catalog)
    {
        bool HoldsLevels(string folder) => catalog.Levels.Any(level => Directory.Exists(Path.Combine(folder, level.Folder)));

        var candidates = new List<string> { root };
        for (var depth = 0; depth <= 3 && candidates.Count > 0; depth++)
        {
            var found = candidates.FirstOrDefault(folder => Path.GetFileName(folder) == "exercises" && HoldsLevels(folder))
                ?? candidates.Select(folder => Path.Combine(folder, "exercises")).FirstOrDefault(folder => Directory.Exists(folder) && HoldsLevels(folder))
                ?? candidates.FirstOrDefault(HoldsLevels);
            if (found is not null)
            {
                return found;
            }

            candidates = candidates
                .SelectMany(folder => Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
                .Where(folder => Path.GetFileName(folder) is not ("bin" or "obj" or ".git" or "solutions" or "tests"))
                .ToList();
        }

        return null;
    }
}
