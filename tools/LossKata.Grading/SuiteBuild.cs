using System.Diagnostics;
using LossKata.Course;

namespace LossKata.Grading;

/// <summary>
/// The test suite built once against the reference API: a private copy of the repository's build inputs (with
/// solutions/ in place of exercises/, so the learner's code never takes part in building the suite) is built in
/// Release into a cache folder named after the SHA-256 of those inputs. Building again with the same inputs is free.
/// </summary>
internal sealed class SuiteBuild
{
    public const string TestProject = "LossKata.Tests.Exercises";
    public const string ExercisesAssembly = "LossKata.Exercises";

    /// <summary>Bumped when the way the suite is staged or run changes, so that old cache folders are not reused.</summary>
    private const string EngineVersion = "grading-engine-3";

    private static readonly string[] SkippedFolders = ["bin", "obj", "TestResults", ".git", ".vs", ".idea"];

    /// <summary>The one project under tools/ the suite references: course.json's model.</summary>
    private const string CourseLibrary = "tools/LossKata.Course";

    private static readonly string[] SkippedTopFolders = ["tools", "docs", "bench", "grading", "artifacts", ".github", ".ci", ".losskata", "exercises"];

    private SuiteBuild(string hash, string folder)
    {
        Hash = hash;
        Folder = folder;
    }

    /// <summary>The SHA-256 of every build input: a different suite, API, course or package version gives a different build.</summary>
    public string Hash { get; }

    /// <summary>The cache folder of this build: src/ (the staged copy, with src/.runs/ holding one folder per run) and results/ (cached run results).</summary>
    public string Folder { get; }

    public string OutputFolder => Path.Combine(Folder, "src", "tests", TestProject, "bin", "Release", "net10.0");

    /// <summary>The C# files MSBuild generated for the exercises assembly (global usings, assembly version), reused by every variant.</summary>
    public string GeneratedSourcesFolder => Path.Combine(Folder, "src", "exercises", "obj", "Release", "net10.0");

    /// <summary>A build <see cref="Prepare"/> has made, by its folder (for the grader's compiler processes).</summary>
    public static SuiteBuild Open(string folder) => new(File.ReadAllText(Path.Combine(folder, "ready")), folder);

    public static SuiteBuild Prepare(string repositoryRoot, string cacheRoot, Action<string>? log)
    {
        var inputs = CollectInputs(repositoryRoot);
        var hash = Hashing.OfFiles(inputs.Select(input => new KeyValuePair<string, byte[]>(input.Key, File.ReadAllBytes(input.Value)))
            .Append(new("engine", System.Text.Encoding.UTF8.GetBytes(EngineVersion))));
        var folder = Path.Combine(cacheRoot, "suite-" + hash[..16]);
        Directory.CreateDirectory(folder);
        var build = new SuiteBuild(hash, folder);
        var ready = Path.Combine(folder, "ready");
        if (File.Exists(ready))
        {
            return build;
        }

        using (FileLock.Acquire(Path.Combine(folder, "build.lock")))
        {
            if (File.Exists(ready))
            {
                return build;
            }

            var source = Path.Combine(folder, "src");
            if (Directory.Exists(source))
            {
                Directory.Delete(source, recursive: true);
            }

            foreach (var (relative, path) in inputs)
            {
                var target = Path.Combine(source, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(path, target);
            }

            log?.Invoke($"Building the test suite once (Release) into {folder} ...");
            var stopwatch = Stopwatch.StartNew();
            var project = Path.Combine(source, "tests", TestProject, TestProject + ".csproj");
            var built = ChildProcess.Run(
                "dotnet",
                ["build", project, "-c", "Release", "--nologo", "-v:q", "--disable-build-servers", "-p:TreatWarningsAsErrors=false"],
                source,
                environment: new Dictionary<string, string> { ["MSBUILDDISABLENODEREUSE"] = "1" });
            if (built.ExitCode != 0)
            {
                throw new InvalidOperationException($"Building the test suite failed (exit code {built.ExitCode}):\n{built.AllOutput}");
            }

            log?.Invoke($"Built the test suite in {stopwatch.Elapsed.TotalSeconds:F1} s.");
            File.WriteAllText(ready, hash);
        }

        return build;
    }

    /// <summary>Every file the suite's build reads, by path relative to the root of the staged copy: the repository
    /// minus tools (but the course library the suite references), docs and other projects, with solutions/**/*.cs
    /// staged as exercises/**/*.cs too (the suite's oracle, solutions/, is built as itself).</summary>
    private static SortedDictionary<string, string> CollectInputs(string root)
    {
        var inputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root))
        {
            var name = Path.GetFileName(path);
            if (name.EndsWith(".props", StringComparison.Ordinal) || name.EndsWith(".targets", StringComparison.Ordinal)
                || name is "global.json" or ".editorconfig" or CourseManifest.RelativePath || name.Equals("nuget.config", StringComparison.OrdinalIgnoreCase))
            {
                inputs[name] = path;
            }
        }

        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            var name = Path.GetFileName(folder);
            if (SkippedTopFolders.Contains(name) || name.StartsWith('.'))
            {
                continue;
            }

            foreach (var path in Files(folder))
            {
                var relative = Relative(root, path);
                if (name == "tests" && IsOtherTestProject(root, relative))
                {
                    continue;
                }

                inputs[relative] = path;
            }
        }

        foreach (var path in Files(Path.Combine(root, CourseLibrary)))
        {
            inputs[Relative(root, path)] = path;
        }

        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "exercises")).Where(p => !p.EndsWith(".cs", StringComparison.Ordinal) && !p.EndsWith(".md", StringComparison.Ordinal)))
        {
            inputs[Relative(root, path)] = path;
        }

        foreach (var path in Files(Path.Combine(root, "solutions")).Where(p => p.EndsWith(".cs", StringComparison.Ordinal)))
        {
            inputs["exercises/" + Relative(Path.Combine(root, "solutions"), path)] = path;
        }

        return inputs;
    }

    /// <summary>Test projects other than the suite's (the grading tests, say) are not build inputs of the suite.</summary>
    private static bool IsOtherTestProject(string root, string relative)
    {
        var parts = relative.Split('/');
        return parts.Length > 2 && parts[1] != TestProject
            && Directory.EnumerateFiles(Path.Combine(root, "tests", parts[1]), "*.csproj").Any();
    }

    internal static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = false })
                .Concat(Directory.EnumerateDirectories(folder)
                    .Where(sub => !SkippedFolders.Contains(Path.GetFileName(sub)))
                    .SelectMany(Files))
            : [];

    internal static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
