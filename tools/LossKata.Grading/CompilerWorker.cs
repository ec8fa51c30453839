using System.Text.Json;

namespace LossKata.Grading;

/// <summary>What the grader asks a compiler process: compile the files, or tell which exercise files each learner
/// file uses. <paramref name="LearnerPaths"/> are the files that must keep <see cref="CodeRules"/>.</summary>
internal sealed record CompileRequest(bool DependenciesOnly, IReadOnlyDictionary<string, string> Files, IReadOnlyList<string> LearnerPaths, long TimeLimitMilliseconds, bool BindingsOnly = false);

/// <summary>A compiler process's answer: the assembly, or the compiler's errors, or the dependencies (null when the
/// analysis refused the code), or what each name of each learner file binds to (by "start:length" of the name); <paramref name="TimedOut"/> when the time limit passed first; <paramref name="Failure"/>
/// when the compiler itself failed on the code (out of memory or stack, or an exception of its own).</summary>
internal sealed record CompileResponse(
    byte[]? Assembly,
    string? Errors,
    IReadOnlyDictionary<string, string[]>? Dependencies,
    bool TimedOut,
    string? Failure,
    IReadOnlyDictionary<string, Dictionary<string, string>>? Bindings = null);

/// <summary>
/// The compiler process: the entry point of this assembly, started by <see cref="CompilerProcesses"/> as
/// <c>dotnet LossKata.Grading.dll compile SUITE-FOLDER</c>. It answers one <see cref="CompileRequest"/> at a time,
/// read from standard input, on standard output (each message a 4-byte length and UTF-8 JSON), until standard input
/// closes. Learner code can make the compiler run out of memory (a constant string doubled 26 times), out of stack
/// (deep nesting past <see cref="SubmissionLimits.MaxNesting"/>, which is refused first) or into an error of its own: here, with its own heap limit, that costs one answer —
/// or this process — and never the grader.
/// </summary>
internal static class CompilerWorker
{
    public const string Command = "compile";

    /// <summary>The compiler's thread stack: deep enough for any code a person writes, so that only machine-made
    /// nesting reaches Roslyn's own guard (<see cref="InsufficientExecutionStackException"/>).</summary>
    private const int StackBytes = 64 * 1024 * 1024;

    /// <summary>The largest assembly sent back to be run.</summary>
    private const int MaxAssemblyBytes = 64 * 1024 * 1024;

    private static int Main(string[] arguments)
    {
        if (arguments.Length != 2 || arguments[0] != Command)
        {
            Console.Error.WriteLine($"usage: dotnet LossKata.Grading.dll {Command} SUITE-FOLDER (started by the grader)");
            return 2;
        }

        var compiler = new VariantCompiler(SuiteBuild.Open(arguments[1]));
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        while (CompilerMessages.Read<CompileRequest>(input) is { } request)
        {
            var (response, exit) = Answer(compiler, request);
            CompilerMessages.Write(output, response);
            if (exit)
            {
                // The heap may be fragmented or near its limit: the next request gets a fresh process.
                return 3;
            }
        }

        return 0;
    }

    private static (CompileResponse Response, bool Exit) Answer(VariantCompiler compiler, CompileRequest request)
    {
        (CompileResponse, bool) answer = default;
        var thread = new Thread(() => answer = AnswerOnThisThread(compiler, request), StackBytes);
        thread.Start();
        thread.Join();
        return answer;
    }

    private static (CompileResponse Response, bool Exit) AnswerOnThisThread(VariantCompiler compiler, CompileRequest request)
    {
        var files = LearnerSource.WithoutLineDirectives(request.Files, request.LearnerPaths);
        var learnerPaths = request.LearnerPaths.ToHashSet(StringComparer.Ordinal);
        var tooDeep = LearnerSource.TooDeeplyNested(files, learnerPaths);
        if (tooDeep.Count > 0 && !request.DependenciesOnly && !request.BindingsOnly)
        {
            return (new CompileResponse(null, string.Join('\n', tooDeep.Values), null, false, null), false);
        }

        // A file too deep to bind is left out of the analysis: it never compiles, so its code runs in no group.
        files = files.Where(file => !tooDeep.ContainsKey(file.Key)).ToDictionary(StringComparer.Ordinal);
        learnerPaths.ExceptWith(tooDeep.Keys);

        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(request.TimeLimitMilliseconds));
        try
        {
            if (request.BindingsOnly)
            {
                var bindings = compiler.LearnerBindings(files, learnerPaths, cancellation.Token)
                    .ToDictionary(file => file.Key, file => file.Value.Values.ToDictionary(b => $"{b.Span.Start}:{b.Span.Length}", b => b.Key), StringComparer.Ordinal);
                return (new CompileResponse(null, null, null, false, null, bindings), false);
            }

            if (request.DependenciesOnly)
            {
                var dependencies = compiler.Dependencies(files, learnerPaths, cancellation.Token);
                return (new CompileResponse(null, null, dependencies?.ToDictionary(file => file.Key, file => file.Value.ToArray()), false, null), false);
            }

            var (assembly, errors) = compiler.Compile(files, learnerPaths, cancellation.Token);
            if (errors?.Contains(nameof(OutOfMemoryException), StringComparison.Ordinal) == true && errors.Contains("error CS8104", StringComparison.Ordinal))
            {
                // Roslyn reports running out of memory while writing the assembly as an error of the code's.
                return (Failed(OutOfMemory), true);
            }

            return assembly?.Length > MaxAssemblyBytes
                ? (Failed($"the compiled assembly is {SubmissionLimits.Size(assembly.Length)}, more than the {SubmissionLimits.Size(MaxAssemblyBytes)} the grader runs (the exercises' assembly is under 1 MB): constants that grow without end?"), false)
                : (new CompileResponse(assembly, errors, null, false, null), false);
        }
        catch (OperationCanceledException)
        {
            return (new CompileResponse(null, null, null, true, null), false);
        }
        catch (InsufficientExecutionStackException)
        {
            return (Failed("the compiler ran out of stack on this code (nested too deeply?)"), false);
        }
        catch (OutOfMemoryException)
        {
            return (Failed(OutOfMemory), true);
        }
        catch (Exception problem)
        {
            return (Failed($"the compiler failed on this code: {problem.GetType().Name}: {problem.Message}"), true);
        }
    }

    private static string OutOfMemory =>
        $"the compiler ran out of memory (its limit is {CompilerProcesses.HeapLimitBytes / (1024 * 1024 * 1024)} GB) — constants that grow without end, say";

    private static CompileResponse Failed(string failure) => new(null, null, null, false, failure);
}

/// <summary>The messages between the grader and its compiler processes: a 4-byte little-endian length, then that
/// many bytes of UTF-8 JSON.</summary>
internal static class CompilerMessages
{
    /// <summary>The largest message either side reads: an assembly of the exercises is well under a megabyte.</summary>
    public const int MaxBytes = 256 * 1024 * 1024;

    public static void Write<T>(Stream stream, T message)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message);
        stream.Write(BitConverter.GetBytes(bytes.Length));
        stream.Write(bytes);
        stream.Flush();
    }

    /// <summary>The next message, or null when the stream ended (the other side closed it or died).</summary>
    public static T? Read<T>(Stream stream)
        where T : class
    {
        var header = new byte[4];
        if (!Fill(stream, header))
        {
            return null;
        }

        var length = BitConverter.ToInt32(header);
        if (length is < 0 or > MaxBytes)
        {
            throw new InvalidDataException($"A compiler message of {length} bytes: more than the {MaxBytes} allowed.");
        }

        var body = new byte[length];
        return Fill(stream, body) ? JsonSerializer.Deserialize<T>(body) : null;
    }

    private static bool Fill(Stream stream, byte[] buffer)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                return false;
            }

            filled += read;
        }

        return true;
    }
}
