using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using LossKata.Course;

namespace LossKata.Grading;

/// <summary>
/// The grader's compilers: child processes (<see cref="CompilerWorker"/>), each compiling one variant at a time with
/// a heap limit of its own, started when needed and kept warm for the next variant (Roslyn's first compile in a
/// process costs seconds of JIT). A compiler that runs out of memory or stack, hangs past the time limit or dies
/// costs the variant it was compiling, and it is replaced; the grader and every other learner go on. Thread-safe.
/// </summary>
internal sealed class CompilerProcesses(SuiteBuild build) : IDisposable
{
    /// <summary>The GC heap limit of a compiler process: compiling the exercises takes a few hundred MB.</summary>
    public const long HeapLimitBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>How long past the time limit a compiler may take to notice it before it is killed.</summary>
    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(10);

    private readonly ConcurrentBag<Compiler> idle = [];
    private readonly ConcurrentDictionary<Compiler, byte> all = new();
    private bool disposed;

    /// <summary>Compiles the files (see <see cref="VariantCompiler.Compile"/>) in a compiler process.</summary>
    public CompileResponse Compile(IReadOnlyDictionary<string, string> files, IEnumerable<string> learnerPaths, TimeSpan timeLimit) =>
        Ask(new CompileRequest(false, files, learnerPaths.ToList(), (long)timeLimit.TotalMilliseconds), timeLimit);

    /// <summary>Which exercise files each learner file uses (see <see cref="VariantCompiler.Dependencies"/>), in a compiler process.</summary>
    public CompileResponse Dependencies(IReadOnlyDictionary<string, string> files, IEnumerable<string> learnerPaths, TimeSpan timeLimit) =>
        Ask(new CompileRequest(true, files, learnerPaths.ToList(), (long)timeLimit.TotalMilliseconds), timeLimit);

    /// <summary>What each name of each learner file binds to (see <see cref="VariantCompiler.LearnerBindings"/>), in a compiler process.</summary>
    public CompileResponse Bindings(IReadOnlyDictionary<string, string> files, IEnumerable<string> learnerPaths, TimeSpan timeLimit) =>
        Ask(new CompileRequest(false, files, learnerPaths.ToList(), (long)timeLimit.TotalMilliseconds, BindingsOnly: true), timeLimit);

    public void Dispose()
    {
        disposed = true;
        foreach (var compiler in all.Keys)
        {
            compiler.Dispose();
        }
    }

    private CompileResponse Ask(CompileRequest request, TimeSpan timeLimit)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var compiler = idle.TryTake(out var warm) ? warm : Start();
        var answer = compiler.Ask(request, timeLimit + KillGrace);
        if (answer.Alive)
        {
            idle.Add(compiler);
        }
        else
        {
            all.TryRemove(compiler, out _);
            compiler.Dispose();
        }

        return answer.Response;
    }

    private Compiler Start()
    {
        var compiler = new Compiler(build.Folder);
        all[compiler] = 0;
        return compiler;
    }

    /// <summary>One compiler process, used by one request at a time.</summary>
    private sealed class Compiler : IDisposable
    {
        private const int KeptErrorCharacters = 2000;

        private readonly Process process;
        private readonly StringBuilder errors = new();

        public Compiler(string suiteFolder)
        {
            var assembly = typeof(CompilerWorker).Assembly.Location;
            process = ChildProcess.Start(
                DotnetHost.Path,
                ["exec", "--runtimeconfig", Path.ChangeExtension(assembly, ".runtimeconfig.json"), assembly, CompilerWorker.Command, suiteFolder],
                heapLimitBytes: HeapLimitBytes);
            process.ErrorDataReceived += (_, line) =>
            {
                lock (errors)
                {
                    if (line.Data is not null && errors.Length < KeptErrorCharacters)
                    {
                        errors.AppendLine(line.Data);
                    }
                }
            };
            process.BeginErrorReadLine();
        }

        /// <summary>The answer, and whether this process can take another request.</summary>
        public (CompileResponse Response, bool Alive) Ask(CompileRequest request, TimeSpan deadline)
        {
            var reply = Task.Run(() =>
            {
                try
                {
                    CompilerMessages.Write(process.StandardInput.BaseStream, request);
                    return CompilerMessages.Read<CompileResponse>(process.StandardOutput.BaseStream);
                }
                catch (Exception problem) when (problem is IOException or InvalidDataException or System.Text.Json.JsonException)
                {
                    // A process that died, or an answer that is not one: either way this process is done.
                    return null;
                }
            });
            if (!reply.Wait(deadline))
            {
                ChildProcess.Kill(process);
                return (new CompileResponse(null, null, null, TimedOut: true, null), false);
            }

            if (reply.Result is { } response)
            {
                return (response, response.Failure is null && !process.HasExited);
            }

            ChildProcess.Kill(process);
            process.WaitForExit();
            string standardError;
            lock (errors)
            {
                standardError = errors.ToString().Trim();
            }

            var cause = standardError.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase) ? "it ran out of stack (code nested too deeply?)"
                : standardError.Contains("OutOfMemory", StringComparison.OrdinalIgnoreCase) || standardError.Contains("Out of memory", StringComparison.OrdinalIgnoreCase)
                    ? $"it ran out of memory (its limit is {HeapLimitBytes / (1024 * 1024 * 1024)} GB)"
                : "it ended unexpectedly";
            return (new CompileResponse(null, null, null, false,
                $"the compiler process ended (exit code {process.ExitCode}) while compiling this code: {cause}."
                + (standardError.Length == 0 ? string.Empty : "\n" + string.Join('\n', standardError.Split('\n').Take(6)))), false);
        }

        public void Dispose()
        {
            ChildProcess.Kill(process);
            process.Dispose();
        }
    }
}
