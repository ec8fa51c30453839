using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using LossKata.Course;

namespace LossKata.Grading;

/// <summary>
/// Runs the test suite (tests/LossKata.Tests.Exercises) against implementation variants. The suite is built once,
/// in Release, into a private cache folder keyed by the SHA-256 of its build inputs; each variant is then compiled
/// with Roslyn in a compiler process (<see cref="CompilerProcesses"/>) into a stand-in for the exercises assembly and
/// run in a child process with a time limit, so that a crash, an infinite loop or code that breaks the compiler costs
/// only that run. Results are cached by (suite, variant files, filter), in memory and on disk, so the same content is
/// never run twice; so are the compiler's dependency analyses, so that answering from the cache never starts the
/// compiler. What depends on the machine rather than on the content — a time-out, a crash (running out of memory,
/// say), an analysis cut short — is never cached. Thread-safe: grade several submissions at once.
/// </summary>
public sealed class SuiteRunner : IDisposable
{
    /// <summary>Changes whenever the grader's code changes (compile rules, limits), so that no cached result outlives the code that made it.</summary>
    private static readonly Guid GraderVersion = typeof(SuiteRunner).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>The reference is not held to a learner's time limit.</summary>
    private static readonly TimeSpan ReferenceAllowance = TimeSpan.FromMinutes(5);

    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly SuiteBuild build;
    private readonly CompilerProcesses compiler;
    private readonly CourseManifest course;
    private readonly ConcurrentDictionary<string, Lazy<RunResult>> results = new();
    private readonly Lazy<IReadOnlyDictionary<string, IReadOnlySet<string>>> referenceDependencies;

    private SuiteRunner(SuiteBuild build)
    {
        this.build = build;
        course = CourseManifest.Load(Path.Combine(build.Folder, "src"));
        compiler = new CompilerProcesses(build);
        referenceDependencies = new(() =>
        {
            var files = Resolve(ImplementationVariant.Empty);
            string? failure = null;
            return CachedAnalysis(ContentKey("reference dependencies", files, new HashSet<string>()), () =>
                {
                    var answer = compiler.Dependencies(files, files.Keys, ReferenceAllowance);
                    failure = answer.Failure;
                    return Dependencies(answer);
                })
                ?? throw new InvalidDataException(failure ?? $"The reference nests lambdas more than {CodeRules.MaxLambdaNesting} deep, which the grader refuses in learner code.");
        });
    }

    /// <summary>The SHA-256 of the suite's build inputs (tests, course, reference API, build files).</summary>
    public string SuiteHash => build.Hash;

    /// <summary>The course (course.json) the suite was built with.</summary>
    public CourseManifest Course => course;

    /// <summary>How many runs were not answered from the cache: compiled, and each that compiled run in a test process.</summary>
    public int RunsExecuted => runsExecuted;

    /// <summary>How many dependency analyses the compiler made (those not answered from the cache).</summary>
    public int AnalysesMade => analysesMade;

    private int runsExecuted;
    private int analysesMade;

    /// <summary>How many runs were asked for, whether run or answered from the cache: what grading a submission costs.</summary>
    public int RunsAsked => runsAsked;

    private int runsAsked;

    /// <summary>Builds the suite if this content has not been built before; <paramref name="log"/> hears about it.</summary>
    public static SuiteRunner Create(string repositoryRoot, Action<string>? log = null)
    {
        var root = Path.GetFullPath(repositoryRoot);
        if (!File.Exists(Path.Combine(root, CourseManifest.RelativePath)))
        {
            throw new ArgumentException($"{root} is not a LossKata repository: {CourseManifest.RelativePath} is missing.", nameof(repositoryRoot));
        }

        return new SuiteRunner(SuiteBuild.Prepare(root, CacheFolder.Root(), log));
    }

    public RunResult Run(ImplementationVariant variant, RunFilter filter, TimeSpan timeLimit)
    {
        Interlocked.Increment(ref runsAsked);
        var files = Resolve(variant);
        var learnerPaths = LearnerPaths(variant);
        var key = ContentKey(filter.ToString(), files, learnerPaths);
        var lazy = results.GetOrAdd(key, new Lazy<RunResult>(() => ReadCached(key) ?? Execute(files, learnerPaths, filter, timeLimit, key)));
        var result = lazy.Value;
        if (result.Status == RunStatus.TimedOut)
        {
            // A time-out depends on the limit and the machine's load: never answer a later run from it.
            results.TryRemove(new KeyValuePair<string, Lazy<RunResult>>(key, lazy));
        }

        return result;
    }

    /// <summary>The result of this run if the cache holds it (every run whose result does not depend on the machine
    /// is cached on disk); null if not, without running anything.</summary>
    public RunResult? Cached(ImplementationVariant variant, RunFilter filter) =>
        ReadCached(ContentKey(filter.ToString(), Resolve(variant), LearnerPaths(variant)));

    /// <summary>Compiles the reference once without running it, so that the first compile a learner waits for (in
    /// <c>watch</c>, after a save) does not also pay for loading and JIT-compiling the compiler.</summary>
    public void WarmUp() => compiler.Compile(Resolve(ImplementationVariant.Empty), [], ReferenceAllowance);

    /// <summary>For each file of the variant (as exercises/…), the other exercise files — the variant's or the
    /// reference's — whose declarations it uses; null when the analysis takes longer than <paramref name="timeLimit"/>
    /// or a learner file is one the compiler should not bind (<see cref="CodeRules.TooDeeplyNested"/>) or cannot
    /// (it runs out of memory or stack on it). Cached by content, on disk, like runs.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>>? Dependencies(ImplementationVariant variant, TimeSpan timeLimit)
    {
        var files = Resolve(variant);
        var learnerPaths = LearnerPaths(variant);
        return CachedAnalysis(ContentKey("dependencies", files, learnerPaths), () => Dependencies(compiler.Dependencies(files, learnerPaths, timeLimit)));
    }
    /// <summary>A yes or no of the compiler's about these variants, from the disk cache, or found now by
    /// <paramref name="decide"/> and cached — unless it is undecided (null: an analysis cut short by its time limit, or
    /// refused), which depends on the machine and is answered again next time.</summary>
    internal bool? CachedDecision(string question, IReadOnlyList<ImplementationVariant> variants, Func<bool?> decide)
    {
        var key = Hashing.Sha256(string.Join('\n', variants.Select(variant => ContentKey(question, Resolve(variant), LearnerPaths(variant)))));
        var path = Path.Combine(build.Folder, "decisions", key);
        if (File.Exists(path) && bool.TryParse(File.ReadAllText(path), out var cached))
        {
            return cached;
        }

        Interlocked.Increment(ref analysesMade);
        var decision = decide();
        if (decision is { } known)
        {
            WriteAtomically(path, known.ToString());
        }

        return decision;
    }

    /// <summary>What every name of each learner file of the variant (as exercises/…) binds to, the variant compiled
    /// as a whole, by the name's place ("start:length"); null when the analysis outlasts <paramref name="timeLimit"/>
    /// or the compiler fails on the code. Remembered for the runner's lifetime.</summary>
    internal IReadOnlyDictionary<string, Dictionary<string, string>>? LearnerBindings(ImplementationVariant variant, TimeSpan timeLimit)
    {
        var key = Hashing.OfFiles(variant.Files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new KeyValuePair<string, byte[]>(f.Key, System.Text.Encoding.UTF8.GetBytes(f.Value))));
        return learnerBindings.GetOrAdd(key, _ => new(() =>
        {
            var answer = compiler.Bindings(Resolve(variant), variant.Files.Keys.Select(file => "exercises/" + ImplementationVariant.Normalise(file)), timeLimit);
            return answer.TimedOut || answer.Failure is not null ? null : answer.Bindings;
        })).Value;
    }

    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, Dictionary<string, string>>?>> learnerBindings = new();

    /// <summary>For each file of the reference (as exercises/…), the other reference files whose declarations it uses.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> ReferenceDependencies => referenceDependencies.Value;

    /// <summary>Whether the reference (solutions/) has this exercise file; an exercise listed in course.json
    /// before its solution lands cannot be run yet.</summary>
    public bool HasReference(string exerciseFile) =>
        File.Exists(Path.Combine(build.Folder, "src", "exercises", ImplementationVariant.Normalise(exerciseFile)));

    /// <summary>Stops the compiler processes; each run's folder is removed when the run ends.</summary>
    public void Dispose() => compiler.Dispose();

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

    private static HashSet<string> LearnerPaths(ImplementationVariant variant) =>
        variant.Files.Keys.Select(file => "exercises/" + ImplementationVariant.Normalise(file)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The cache key of a piece of work on these files: the suite, the grader's code, every file's content
    /// and whose it is (the learner's code is held to the code rules, the reference's is not), and what is done.</summary>
    private string ContentKey(string work, IReadOnlyDictionary<string, string> files, IReadOnlySet<string> learnerPaths)
    {
        var contents = files.Select(f => new KeyValuePair<string, byte[]>((learnerPaths.Contains(f.Key) ? "learner:" : "reference:") + f.Key, System.Text.Encoding.UTF8.GetBytes(f.Value)));
        return Hashing.Sha256($"{build.Hash}\n{GraderVersion}\n{Hashing.OfFiles(contents)}\n{work}");
    }

    /// <summary>A dependency analysis from the disk cache, or made now and cached; a null analysis (cut short by
    /// the time limit, or refused) is not cached.</summary>
    private IReadOnlyDictionary<string, IReadOnlySet<string>>? CachedAnalysis(string key, Func<IReadOnlyDictionary<string, IReadOnlySet<string>>?> analyse)
    {
        var path = Path.Combine(build.Folder, "analyses", key + ".json");
        if (File.Exists(path))
        {
            try
            {
                var cached = JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllText(path));
                if (cached is not null)
                {
                    return cached.ToDictionary(entry => entry.Key, entry => (IReadOnlySet<string>)entry.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
                }
            }
            catch (JsonException)
            {
                // A damaged entry is made again.
            }
        }

        Interlocked.Increment(ref analysesMade);
        var analysis = analyse();
        if (analysis is not null)
        {
            WriteAtomically(path, JsonSerializer.Serialize(analysis.ToDictionary(entry => entry.Key, entry => entry.Value.Order(StringComparer.Ordinal).ToArray())));
        }

        return analysis;
    }

    private RunResult Execute(IReadOnlyDictionary<string, string> files, IReadOnlySet<string> learnerPaths, RunFilter filter, TimeSpan timeLimit, string key)
    {
        Interlocked.Increment(ref runsExecuted);
        var stopwatch = Stopwatch.StartNew();
        var compiled = compiler.Compile(files, learnerPaths, timeLimit);
        if (compiled.TimedOut)
        {
            return new RunResult(
                RunStatus.TimedOut,
                $"Compiling did not finish within the time limit of {timeLimit.TotalSeconds:0.#} s (code that keeps the compiler busy: deeply nested lambdas passed to overloaded methods?).",
                [],
                stopwatch.Elapsed);
        }

        if (compiled.Failure is not null)
        {
            // Not cached: the compiler's failure is about this machine's limits as much as about the code.
            return new RunResult(RunStatus.CompilerFailure, compiled.Failure, [], stopwatch.Elapsed);
        }

        if (compiled.Assembly is not { } assembly)
        {
            return Store(key, new RunResult(RunStatus.CompileError, compiled.Errors, [], stopwatch.Elapsed));
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

    /// <summary>The dependencies of an answer, or null when there are none (refused, timed out or failed).</summary>
    private static Dictionary<string, IReadOnlySet<string>>? Dependencies(CompileResponse answer) =>
        answer.Dependencies?.ToDictionary(file => file.Key, file => (IReadOnlySet<string>)file.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    private RunResult? ReadCached(string key)
    {
        var path = CachePath(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<RunResult>(File.ReadAllText(path), JsonOptions);
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
            WriteAtomically(CachePath(key), JsonSerializer.Serialize(result, JsonOptions));
        }

        return result;
    }

    /// <summary>Writes a cache entry under a temporary name first, so that a reader (another check, a class graded in
    /// parallel) never sees half of it.</summary>
    private static void WriteAtomically(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N");
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
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
