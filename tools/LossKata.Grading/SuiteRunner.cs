using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LossKata.Grading;

/// <summary>
/// Runs the test suite (tests/LossKata.Tests.Exercises) against implementation variants. The suite is built once,
/// in Release, into a private cache folder keyed by the SHA-256 of its build inputs; each variant is then compiled
/// in process with Roslyn into a stand-in for the exercises assembly and run in a child process with a time limit,
/// so that a crash or an infinite loop costs only that run. Results are cached by (suite, variant files, filter),
/// in memory and on disk, so the same content is never run twice. Thread-safe: grade several submissions at once.
/// </summary>
public sealed class SuiteRunner : IDisposable
{
    /// <summary>Changes whenever the grader's code changes (compile rules, limits), so that no cached result outlives the code that made it.</summary>
    private static readonly Guid GraderVersion = typeof(SuiteRunner).Assembly.ManifestModule.ModuleVersionId;

    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly SuiteBuild build;
    private readonly VariantCompiler compiler;
    private readonly Catalog catalog;
    private readonly ConcurrentDictionary<string, Lazy<RunResult>> results = new();
    private readonly Lazy<IReadOnlyDictionary<string, IReadOnlySet<string>>> referenceDependencies;

    private SuiteRunner(SuiteBuild build)
    {
        this.build = build;
        catalog = Catalog.Load(Path.Combine(build.Folder, "src"));
        compiler = new VariantCompiler(build);
        referenceDependencies = new(() =>
        {
            var files = Resolve(ImplementationVariant.Empty);
            return compiler.Dependencies(files, files.Keys.ToHashSet(StringComparer.Ordinal))
                ?? throw new InvalidDataException($"The reference nests lambdas more than {CodeRules.MaxLambdaNesting} deep, which the grader refuses in learner code.");
        });
    }

    /// <summary>The SHA-256 of the suite's build inputs (tests, catalogue, reference API, build files).</summary>
    public string SuiteHash => build.Hash;

    /// <summary>The catalogue (tests/exercises.json) the suite was built with.</summary>
    public Catalog Catalog => catalog;

    /// <summary>How many runs were answered from the cache rather than run (for reports and benchmarks).</summary>
    public int CacheHits => cacheHits;

    private int cacheHits;

    public static SuiteRunner Create(string repositoryRoot) => Create(repositoryRoot, log: null);

    /// <summary>Builds the suite if this content has not been built before; <paramref name="log"/> hears about it.</summary>
    public static SuiteRunner Create(string repositoryRoot, Action<string>? log)
    {
        var root = Path.GetFullPath(repositoryRoot);
        if (!File.Exists(Path.Combine(root, Catalog.RelativePath)))
        {
            throw new ArgumentException($"{root} is not a LossKata repository: {Catalog.RelativePath} is missing.", nameof(repositoryRoot));
        }

        return new SuiteRunner(SuiteBuild.Prepare(root, CacheFolder.Root(), log));
    }

    public RunResult Run(ImplementationVariant variant, RunFilter filter, TimeSpan timeLimit)
    {
        var files = Resolve(variant);
        var learnerPaths = variant.Files.Keys.Select(file => "exercises/" + ImplementationVariant.Normalise(file)).ToHashSet(StringComparer.Ordinal);
        var key = Hashing.Sha256($"{build.Hash}\n{GraderVersion}\n{Hashing.OfFiles(files.Select(f => new KeyValuePair<string, byte[]>((learnerPaths.Contains(f.Key) ? "learner:" : "reference:") + f.Key, System.Text.Encoding.UTF8.GetBytes(f.Value))))}\n{filter}");
        var mine = new Lazy<RunResult>(() => ReadCached(key) ?? Execute(files, learnerPaths, filter, timeLimit, key));
        var lazy = results.GetOrAdd(key, mine);
        if (!ReferenceEquals(lazy, mine))
        {
            Interlocked.Increment(ref cacheHits);
        }

        var result = lazy.Value;
        if (result.Status == RunStatus.TimedOut)
        {
            // A time-out depends on the limit and the machine's load: never answer a later run from it.
            results.TryRemove(new KeyValuePair<string, Lazy<RunResult>>(key, lazy));
        }

        return result;
    }

    /// <summary>Compiles the reference once without running it, so that the first compile a learner waits for (in
    /// <c>watch</c>, after a save) does not also pay for loading and JIT-compiling the compiler.</summary>
    public void WarmUp() => compiler.Compile(Resolve(ImplementationVariant.Empty), new HashSet<string>());

    /// <summary>For each file of the variant (as exercises/…), the other exercise files — the variant's or the
    /// reference's — whose declarations it uses; null when the analysis takes longer than <paramref name="timeLimit"/>
    /// or a learner file is one the compiler should not bind (<see cref="CodeRules.TooDeeplyNested"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>>? Dependencies(ImplementationVariant variant, TimeSpan timeLimit)
    {
        var learnerPaths = variant.Files.Keys.Select(file => "exercises/" + ImplementationVariant.Normalise(file)).ToHashSet(StringComparer.Ordinal);
        using var cancellation = new CancellationTokenSource(timeLimit);
        try
        {
            return compiler.Dependencies(Resolve(variant), learnerPaths, cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>What every name of each learner file of the variant (as exercises/…) binds to, the variant compiled
    /// as a whole; null when the analysis takes longer than <paramref name="timeLimit"/> or a learner file is one the
    /// compiler should not bind (<see cref="CodeRules.TooDeeplyNested"/>). Remembered for the grader's lifetime.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyDictionary<Microsoft.CodeAnalysis.Text.TextSpan, Binding>>? LearnerBindings(ImplementationVariant variant, TimeSpan timeLimit)
    {
        var learnerPaths = variant.Files.Keys.Select(file => "exercises/" + ImplementationVariant.Normalise(file)).ToHashSet(StringComparer.Ordinal);
        var files = Resolve(variant);
        var key = Hashing.OfFiles(variant.Files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new KeyValuePair<string, byte[]>(f.Key, System.Text.Encoding.UTF8.GetBytes(f.Value))));
        return learnerBindings.GetOrAdd(key, _ => new(() =>
        {
            if (CodeRules.TooDeeplyNested(variant.Files.Select(f => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(f.Value))).Count > 0)
            {
                return null;
            }

            using var cancellation = new CancellationTokenSource(timeLimit);
            try
            {
                return compiler.LearnerBindings(files, learnerPaths, cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        })).Value;
    }

    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<Microsoft.CodeAnalysis.Text.TextSpan, Binding>>?>> learnerBindings = new();

    /// <summary>For each file of the reference (as exercises/…), the other reference files whose declarations it uses.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> ReferenceDependencies => referenceDependencies.Value;

    /// <summary>Whether the reference (solutions/) has this exercise file; an exercise listed in tests/exercises.json
    /// before its solution lands cannot be run yet.</summary>
    public bool HasReference(string exerciseFile) =>
        File.Exists(Path.Combine(build.Folder, "src", "exercises", ImplementationVariant.Normalise(exerciseFile)));

    public void Dispose()
    {
        // Nothing is held open between runs; each run's folder is removed when it ends.
    }

    /// <summary>The source files to compile, by path as the compiler should name them: the variant's files as
    /// exercises/…, every other exercise and support file from the reference (staged solutions).</summary>
    private SortedDictionary<string, string> Resolve(ImplementationVariant variant)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var reference = Path.Combine(build.Folder, "src", "exercises");
        foreach (var path in SuiteBuild.Files(reference).Where(p => p.EndsWith(".cs", StringComparison.Ordinal)))
        {
            files["exercises/" + SuiteBuild.Relative(reference, path)] = File.ReadAllText(path);
        }

        foreach (var (file, source) in variant.Files)
        {
            files["exercises/" + ImplementationVariant.Normalise(file)] = source;
        }

        return files;
    }

    private RunResult Execute(IReadOnlyDictionary<string, string> files, IReadOnlySet<string> learnerPaths, RunFilter filter, TimeSpan timeLimit, string key)
    {
        var stopwatch = Stopwatch.StartNew();
        byte[]? assembly;
        string? errors;
        using (var cancellation = new CancellationTokenSource(timeLimit))
        {
            try
            {
                (assembly, errors) = compiler.Compile(files, learnerPaths, cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                return new RunResult(
                    RunStatus.TimedOut,
                    $"Compiling did not finish within the time limit of {timeLimit.TotalSeconds:0.#} s (code that keeps the compiler busy: deeply nested lambdas passed to overloaded methods?).",
                    [],
                    stopwatch.Elapsed);
            }
        }

        if (assembly is null)
        {
            return Store(key, new RunResult(RunStatus.CompileError, errors, [], stopwatch.Elapsed));
        }

        // Inside the staged copy of the repository, so that a test looking for a file "beside or above" itself
        // (data/, say) finds it as it would in a clone.
        var runFolder = Path.Combine(build.Folder, "src", ".runs", Guid.NewGuid().ToString("N"));
        try
        {
            LinkTree(build.OutputFolder, runFolder);
            File.WriteAllBytes(Path.Combine(runFolder, SuiteBuild.ExercisesAssembly + ".dll"), assembly);
            var result = TestProcess.Run(Path.Combine(runFolder, SuiteBuild.TestProject + ".dll"), filter, timeLimit);
            return Store(key, result with { Elapsed = stopwatch.Elapsed });
        }
        finally
        {
            TryDelete(runFolder);
        }
    }

    private RunResult? ReadCached(string key)
    {
        var path = CachePath(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var cached = JsonSerializer.Deserialize<RunResult>(File.ReadAllText(path), JsonOptions);
            Interlocked.Increment(ref cacheHits);
            return cached;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private RunResult Store(string key, RunResult result)
    {
        if (result.Status is not (RunStatus.TimedOut or RunStatus.Crashed))
        {
            var path = CachePath(key);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N");
            File.WriteAllText(temporary, JsonSerializer.Serialize(result, JsonOptions));
            File.Move(temporary, path, overwrite: true);
        }

        return result;
    }

    private string CachePath(string key) => Path.Combine(build.Folder, "results", key + ".json");

    /// <summary>A copy of the suite's output folder made of hard links (no data copied) where the file system allows,
    /// without the exercises assembly, which each run writes itself.</summary>
    private static void LinkTree(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var path in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, path);
            if (Path.GetFileNameWithoutExtension(relative) == SuiteBuild.ExercisesAssembly && !relative.Contains(Path.DirectorySeparatorChar))
            {
                continue;
            }

            if (relative == "report.xml")
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            if (OperatingSystem.IsWindows() || HardLink(path, destination) != 0)
            {
                File.Copy(path, destination);
            }
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int HardLink(string existing, string created);

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process: the folder is left for the next clean-up of the cache.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
