using System.Text;
using System.Text.RegularExpressions;

namespace LossKata.Course;

/// <summary>One thing out of step: the file to fix, relative to the repository's root, and what to do.</summary>
public sealed record CourseFinding(string File, string Problem)
{
    public override string ToString() => $"{File}: {Problem}";
}

/// <summary>One consistency check of the repository against course.json.</summary>
/// <param name="Name">Its name, as <c>dev check</c> and the maintainers' tests show it.</param>
/// <param name="Run">The findings in the repository at the given root; none when it is in step.</param>
public sealed record CourseCheck(string Name, Func<string, CourseManifest, IEnumerable<CourseFinding>> Run)
{
    public override string ToString() => Name;
}

/// <summary>
/// The repository's consistency with course.json, checked from the working tree in a second or two, with no build:
/// the manifest itself, each exercise's files (stub, hints, reference, tests), the recorded blob of each stub and its
/// not-started message, the doc pages, and every generated part (<see cref="Generated"/>). <c>./losskata dev check</c>
/// runs them all; tests/LossKata.Repository.Tests runs each as one test.
/// </summary>
public static partial class CourseChecks
{
    public static IReadOnlyList<CourseCheck> All { get; } =
    [
        new("the manifest", Manifest),
        new("each exercise's files", ExerciseFiles),
        new("each stub as recorded", Stubs),
        new("the doc pages", DocPages),
        new("the catalogue's folders", CatalogueFolders),
        new("what is generated from course.json", GeneratedParts),
    ];

    /// <summary>The check of that name.</summary>
    public static CourseCheck Named(string name) => All.Single(check => check.Name == name);

    /// <summary>Every finding of every check; a manifest that cannot be read is the one finding.</summary>
    public static IReadOnlyList<CourseFinding> Run(string root)
    {
        CourseManifest course;
        try
        {
            course = CourseManifest.Load(root);
        }
        catch (Exception problem) when (problem is System.Text.Json.JsonException or InvalidDataException or IOException)
        {
            return [new CourseFinding(CourseManifest.RelativePath, $"cannot be read: {problem.Message}")];
        }

        return All.SelectMany(check => check.Run(root, course)).ToList();
    }

    /// <summary>The findings of one check (for a test of it alone).</summary>
    public static IReadOnlyList<CourseFinding> Run(string root, CourseCheck check) => check.Run(root, CourseManifest.Load(root)).ToList();

    private static IEnumerable<CourseFinding> Manifest(string root, CourseManifest course)
    {
        const string manifest = CourseManifest.RelativePath;
        foreach (var level in course.Levels.GroupBy(l => l.Level).Where(g => g.Count() > 1))
        {
            yield return new(manifest, $"level {level.Key} is listed {level.Count()} times; list each level once");
        }

        foreach (var exercise in course.Exercises.GroupBy(e => e.Id).Where(g => g.Count() > 1))
        {
            yield return new(manifest, $"the exercise {exercise.Key} is listed {exercise.Count()} times; list each exercise once");
        }

        foreach (var file in course.Exercises.GroupBy(e => e.File).Where(g => g.Count() > 1))
        {
            yield return new(manifest, $"{string.Join(" and ", file.Select(e => e.Id))} share exercises/{file.Key}; give each exercise its own file");
        }

        var levels = course.Levels.ToDictionary(l => l.Level, l => l);
        foreach (var exercise in course.Exercises)
        {
            if (!levels.TryGetValue(exercise.Level, out var level))
            {
                yield return new(manifest, $"{exercise.Id} is of level {exercise.Level}, which \"levels\" does not list; add the level first");
            }
            else if (!exercise.File.StartsWith(level.Folder + "/", StringComparison.Ordinal) || !exercise.File.EndsWith(".cs", StringComparison.Ordinal))
            {
                yield return new(manifest, $"{exercise.Id}'s file {exercise.File} must be a .cs file in its level's folder, {level.Folder}/");
            }

            if (exercise.Points < 0)
            {
                yield return new(manifest, $"{exercise.Id} lists {exercise.Points} points; points are 0 or more");
            }
        }

        if (course.TotalPoints != 100)
        {
            yield return new(manifest, $"the points add up to {course.TotalPoints}, not 100: move points between exercises (a level beyond the core course lists 0)");
        }
    }

    private static IEnumerable<CourseFinding> ExerciseFiles(string root, CourseManifest course)
    {
        foreach (var exercise in course.Exercises.Where(e => course.Levels.Any(l => l.Level == e.Level)))
        {
            var stub = "exercises/" + exercise.File;
            var hints = "exercises/" + exercise.HintsFile;
            var reference = "solutions/" + exercise.File;
            foreach (var (file, what) in new[] { (stub, "the stub a learner edits"), (hints, "its hints (two or three ## sections)"), (reference, "the reference solution") })
            {
                if (!File.Exists(Path.Combine(root, file)))
                {
                    yield return new(file, $"is missing: {exercise.Id} needs {what} (./losskata dev new scaffolds it)");
                }
            }

            var tests = $"tests/Suite/Level{exercise.Level}";
            var marked = $"[Exercise(\"{exercise.Id}\")]";
            var folder = Path.Combine(root, tests);
            if (!Directory.Exists(folder) || !Directory.EnumerateFiles(folder, "*.cs").Any(file => File.ReadAllText(file).Contains(marked, StringComparison.Ordinal)))
            {
                yield return new(tests, $"has no test class marked {marked}: {exercise.Id} needs tests, with one [Probe(\"{exercise.Id}\")] method");
            }
        }
    }

    private static IEnumerable<CourseFinding> Stubs(string root, CourseManifest course)
    {
        foreach (var exercise in course.Exercises)
        {
            var stub = Path.Combine(root, "exercises", exercise.File);
            if (!File.Exists(stub))
            {
                continue;
            }

            var blob = ShippedStubs.BlobId(File.ReadAllBytes(stub));
            if (exercise.Stub != blob)
            {
                yield return new(CourseManifest.RelativePath,
                    $"records {(exercise.Stub is null ? "no \"stub\"" : $"the blob {exercise.Stub}")} for exercises/{exercise.File}, whose blob is {blob}: " +
                    "after changing a stub on purpose, run ./losskata dev update to record it (reset restores the recorded blob)");
            }
        }

        foreach (var file in course.Exercises.GroupBy(e => e.File).Where(f => File.Exists(Path.Combine(root, "exercises", f.Key))))
        {
            var listed = file.Select(e => $"not started: implement {e.Id} in exercises/{file.Key}").ToList();
            var messages = NotStarted().Matches(File.ReadAllText(Path.Combine(root, "exercises", file.Key))).Select(m => m.Value).ToList();
            if (messages.Count == 0)
            {
                yield return new("exercises/" + file.Key, $"throws no not-started NotImplementedException; each member throws NotImplementedException(\"{listed[0]}\")");
            }

            foreach (var message in messages.Where(message => !listed.Contains(message)))
            {
                yield return new("exercises/" + file.Key, $"throws \"{message}\", which names no exercise of this file in course.json; say \"{string.Join("\" or \"", listed)}\"");
            }
        }
    }

    private static IEnumerable<CourseFinding> DocPages(string root, CourseManifest course)
    {
        foreach (var level in course.Levels)
        {
            if (!Directory.Exists(Path.Combine(root, "exercises", level.Folder)))
            {
                yield return new("exercises/" + level.Folder, $"is missing: level {level.Level}'s exercises live there");
            }

            foreach (var page in new[] { level.Doc, level.ChineseDoc })
            {
                var path = Path.Combine(root, page);
                if (!File.Exists(path))
                {
                    yield return new(page, $"is missing: level {level.Level}'s doc page{(page == level.ChineseDoc ? ", Chinese edition" : "")}");
                    continue;
                }

                var text = File.ReadAllText(path);
                foreach (var exercise in course.ExercisesOf(level.Level).Where(e => !text.Contains(e.Id, StringComparison.Ordinal)))
                {
                    yield return new(page, $"never names {exercise.Id}: give it a section (./losskata dev new writes one) that names it and links exercises/{exercise.File}");
                }
            }
        }
    }

    private static IEnumerable<CourseFinding> CatalogueFolders(string root, CourseManifest course)
    {
        var levels = course.Levels.Select(l => $"Level{l.Level}").ToHashSet(StringComparer.Ordinal);
        foreach (var kind in new[] { "Mistakes", "Alternatives", "Faults" })
        {
            var folder = Path.Combine(root, "tests", "Catalogue", kind);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var level in Directory.EnumerateDirectories(folder).Select(Path.GetFileName).Where(name => !levels.Contains(name!)))
            {
                yield return new($"tests/Catalogue/{kind}/{level}", "is no level of course.json, so its entries never run: file them under their exercise's level");
            }
        }
    }

    private static IEnumerable<CourseFinding> GeneratedParts(string root, CourseManifest course)
    {
        foreach (var part in Generated.Parts(course))
        {
            var path = Path.Combine(root, part.File);
            if (!File.Exists(path))
            {
                yield return new(part.File, "is missing");
                continue;
            }

            var text = File.ReadAllText(path);
            var updated = part.Update(text);
            if (updated is null)
            {
                yield return new(part.File, $"has lost the marker line above {part.What}; put it back, then run ./losskata dev update");
            }
            else if (updated != text)
            {
                yield return new(part.File, $"{part.What} is not what course.json gives (first difference at line {FirstDifferentLine(text, updated)}): run ./losskata dev update");
            }
        }
    }

    private static int FirstDifferentLine(string text, string expected)
    {
        var lines = text.Split('\n');
        var wanted = expected.Split('\n');
        var line = 0;
        while (line < lines.Length && line < wanted.Length && lines[line] == wanted[line])
        {
            line++;
        }

        return line + 1;
    }

    [GeneratedRegex("not started: [^\"]*")]
    private static partial Regex NotStarted();

    /// <summary>The findings as <c>dev check</c> prints them, one per line, grouped by file.</summary>
    public static string Describe(IReadOnlyList<CourseFinding> findings)
    {
        var text = new StringBuilder();
        foreach (var file in findings.GroupBy(f => f.File))
        {
            text.Append(file.Key).Append('\n');
            foreach (var finding in file)
            {
                text.Append("  ").Append(finding.Problem).Append('\n');
            }
        }

        return text.ToString();
    }
}
