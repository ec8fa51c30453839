using LossKata.Grading;

namespace LossKata.Grading.Tests;

/// <summary>
/// The allow-list of <see cref="CodeRules"/>, probed the way a learner trying to get around it would: each refused
/// probe is a class added to the entropy exercise, which must be refused before anything runs, naming the symbol and
/// the line it is on; the allowed code is what learners commonly write, which must compile and pass.
/// </summary>
[Collection(GradingCollection.Name)]
public sealed class CodeRulesTests(GradingFixture fixture)
{
    private const string EntropyFile = "Level1_Entropy/Entropy.cs";

    /// <summary>The marker on the line the refusal must name.</summary>
    private const string Here = "/* refused here */";

    [Theory]
    // The file system, by every spelling of the name.
    [InlineData("fully qualified name", "", "static string Run() => System.IO.File.ReadAllText(\"../../solutions/Level1_Entropy/Entropy.cs\"); " + Here, "System.IO.File")]
    [InlineData("global:: name", "", "static string Run() => global::System.IO.File.ReadAllText(\"x\"); " + Here, "System.IO.File")]
    [InlineData("alias", "using F = System.IO.File; " + Here, "static string Run() => F.ReadAllText(\"x\");", "System.IO.File")]
    [InlineData("static using", "using static System.IO.File; " + Here, "static string Run() => ReadAllText(\"x\");", "System.IO.File")]
    [InlineData("method group to a delegate", "", "static Func<string, string> Run() => System.IO.File.ReadAllText; " + Here, "System.IO.File")]
    [InlineData("var of a returned forbidden type", "", "static object Run() { var info = System.IO.Directory.GetParent(\".\"); " + Here + " return info!; }", "System.IO.Directory")]
    [InlineData("target-typed new", "", "static void Run() { System.IO.FileInfo file = new(\"x\"); " + Here + " }", "System.IO.FileInfo")]
    [InlineData("nameof of a forbidden type", "", "static string Run() => nameof(System.IO.File); " + Here, "System.IO.File")]
    // Reflection and Type.
    [InlineData("typeof", "", "static object Run() => typeof(Information); " + Here, "System.Type")]
    [InlineData("GetType", "", "static object Run() => 1.0.GetType(); " + Here, "System.Object.GetType")]
    [InlineData("Type.GetType by name", "", "static object? Run() => Type.GetType(\"Xunit.Assert, xunit.v3.assert\"); " + Here, "System.Type")]
    [InlineData("Assembly.Load of the reference", "", "static object Run() => System.Reflection.Assembly.Load(\"LossKata.Solutions\"); " + Here, "System.Reflection.Assembly")]
    [InlineData("a delegate's Method", "", "static object Run() { Func<int> f = () => 1; return f.Method; " + Here + " }", "System.Delegate")]
    [InlineData("DynamicInvoke", "", "static object? Run() { Func<int> f = () => 1; return f.DynamicInvoke(); " + Here + " }", "System.Delegate")]
    [InlineData("an exception's TargetSite", "", "static object? Run() => new Exception().TargetSite; " + Here, "System.Reflection.MethodBase")]
    [InlineData("Activator", "", "static object Run() => Activator.CreateInstance<List<int>>(); " + Here, "System.Activator")]
    // The process, its environment and the runtime.
    [InlineData("AppDomain", "", "static void Run() => AppDomain.CurrentDomain.ProcessExit += (_, _) => { }; " + Here, "System.AppDomain")]
    [InlineData("AppContext", "", "static string Run() => AppContext.BaseDirectory; " + Here, "System.AppContext")]
    [InlineData("Environment variables", "", "static string? Run() => Environment.GetEnvironmentVariable(\"LOSSKATA_CACHE\"); " + Here, "System.Environment.GetEnvironmentVariable")]
    [InlineData("Environment.Exit", "", "static void Run() => Environment.Exit(0); " + Here, "System.Environment.Exit")]
    [InlineData("Process.Start", "", "static void Run() => System.Diagnostics.Process.Start(\"sh\"); " + Here, "System.Diagnostics.Process")]
    [InlineData("GC", "", "static void Run() => GC.Collect(); " + Here, "System.GC")]
    [InlineData("Console.Out", "", "static void Run() => Console.Out.Write(\"x\"); " + Here, "System.Console.Out")]
    [InlineData("Console.SetOut", "", "static void Run() => Console.SetOut(Console.Error); " + Here, "System.Console.SetOut")]
    // Threads, tasks, timers.
    [InlineData("Thread.Sleep", "", "static void Run() => System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite); " + Here, "System.Threading.Thread")]
    [InlineData("Task.Run", "", "static void Run() => System.Threading.Tasks.Task.Run(() => { }); " + Here, "System.Threading.Tasks.Task")]
    [InlineData("AsParallel", "", "static int Run() => new[] { 1, 2 }.AsParallel().Sum(); " + Here, "System.Linq.ParallelEnumerable")]
    [InlineData("MathNet's Control", "", "static void Run() => MathNet.Numerics.Control.UseMultiThreading(); " + Here, "MathNet.Numerics.Control")]
    [InlineData("async and await", "", "static async void Run() { await foreach (var x in System.Linq.AsyncEnumerable.Range(0, 2)) { } } " + Here, "async")]
    // Interop and unsafe code.
    [InlineData("Marshal", "", "static IntPtr Run() => System.Runtime.InteropServices.Marshal.AllocHGlobal(8); " + Here, "System.Runtime.InteropServices.Marshal")]
    [InlineData("Unsafe.As", "", "static string Run() { object o = 1; return System.Runtime.CompilerServices.Unsafe.As<object, string>(ref o); " + Here + " }", "System.Runtime.CompilerServices.Unsafe")]
    [InlineData("MemoryMarshal", "", "static Span<byte> Run() { var d = new double[1]; return System.Runtime.InteropServices.MemoryMarshal.AsBytes(d.AsSpan()); " + Here + " }", "System.Runtime.InteropServices.MemoryMarshal")]
    [InlineData("unsafe block", "", "static void Run() { unsafe { } " + Here + " }", "unsafe")]
    [InlineData("function pointer", "", "static void Run() { delegate*<void> f = null; " + Here + " }", "function pointers")]
    [InlineData("extern method", "", "[System.Runtime.InteropServices.DllImport(\"libc\")] static extern int getpid(); " + Here, "extern")]
    [InlineData("dynamic", "", "static object Run() { dynamic d = 1; " + Here + " return d; }", "dynamic")]
    [InlineData("__makeref", "", "static void Run() { var x = 1; var r = __makeref(x); " + Here + " }", "__makeref")]
    // Code that runs without being called.
    [InlineData("[ModuleInitializer]", "", "[System.Runtime.CompilerServices.ModuleInitializer] " + Here + " internal static void Run() { }", "System.Runtime.CompilerServices.ModuleInitializerAttribute")]
    // Code that keeps the compiler busy for hours (each lambda is bound once per overload of Sum, at every depth).
    [InlineData("lambdas nested five deep", "", "static double Run(double[] p) => p.Sum(a => p.Sum(b => p.Sum(c => p.Sum(d => p.Sum(e => a * b * c * d * e))))); " + Here, "lambdas nested more than 4 deep")]
    [InlineData("[StructLayout]", "", "[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)] " + Here + " struct Overlay { }", "System.Runtime.InteropServices.StructLayoutAttribute")]
    public void Refused_code_names_the_symbol_and_its_line(string way, string usings, string members, string symbol)
    {
        var source = Probe(usings, members);
        var run = Compile(source);

        run.Status.Should().Be(RunStatus.CompileError, "{0} must be refused before anything runs", way);
        run.Detail.Should().Contain($"exercises/{EntropyFile}({LineOf(source)}): uses {symbol}, which exercise code may not use", "the refusal of {0} names the symbol and its line", way);
    }

    [Theory]
    // The compiler and the runtime recognise these attributes by name, whatever assembly declares them: a learner's
    // own copy would run code the tests never called, or lay out an object reference over another type's fields.
    [InlineData("ModuleInitializer", """
        namespace System.Runtime.CompilerServices
        {
            [AttributeUsage(AttributeTargets.Method)]
            internal sealed class ModuleInitializerAttribute : Attribute { } /* refused here */
        }

        namespace LossKata
        {
            internal static class Forger
            {
                [System.Runtime.CompilerServices.ModuleInitializer]
                internal static void RunsWithoutBeingCalled() => Console.WriteLine("ran without being called");
            }
        }
        """, "System.Runtime.CompilerServices.ModuleInitializerAttribute")]
    [InlineData("StructLayout", """
        namespace System.Runtime.InteropServices
        {
            internal enum LayoutKind { Sequential = 0, Explicit = 2, Auto = 3 } /* refused here */
            internal sealed class StructLayoutAttribute(LayoutKind kind) : Attribute { public LayoutKind Value { get; } = kind; }
            [AttributeUsage(AttributeTargets.Field)]
            internal sealed class FieldOffsetAttribute(int offset) : Attribute { public int Value { get; } = offset; }
        }

        namespace LossKata
        {
            internal sealed class Box { public long First; }

            [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)]
            internal struct Overlay
            {
                [System.Runtime.InteropServices.FieldOffset(0)] public object Anything;
                [System.Runtime.InteropServices.FieldOffset(0)] public Box SeenAsBox;
            }

            internal static class Forger
            {
                internal static long ReadsAnyObjectsMemory() => new Overlay { Anything = "a string" }.SeenAsBox.First;
            }
        }
        """, "System.Runtime.InteropServices.LayoutKind")]
    public void A_type_declared_in_a_System_namespace_is_refused(string name, string helperFile, string symbol)
    {
        var run = fixture.RunEntropyTests((EntropyFile, fixture.Solution(EntropyFile)), ("Level1_Entropy/Polyfill.cs", helperFile));

        run.Status.Should().Be(RunStatus.CompileError, "a learner's own {0} attribute must be refused like the real one; output: {1}", name, run.Output);
        run.Detail.Should().Contain($"exercises/Level1_Entropy/Polyfill.cs({LineOf(helperFile)}): declares {symbol}");
    }

    [Fact]
    public void A_query_expression_is_held_to_the_rules_of_the_methods_it_calls()
    {
        // "select" over an IQueryable calls System.Linq.Queryable.Select with an expression tree, with no
        // method name in the source.
        var source = Probe("", "static List<int> Run() => (from x in new EnumerableQuery<int>(new[] { 1, 2 }) select x * 2).ToList(); " + Here);
        var run = Compile(source);

        run.Status.Should().Be(RunStatus.CompileError);
        run.Detail.Should().Contain($"exercises/{EntropyFile}({LineOf(source)}): uses System.Linq.Queryable, which exercise code may not use");
    }

    [Fact]
    public void The_common_ways_learners_write_code_are_allowed()
    {
        const string members = """
            private sealed record Point(double X, double Y);

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static double Twice(double x) => 2 * x;

            internal static double Everything(Vector<double> p)
            {
                ArgumentNullException.ThrowIfNull(p);
                if (p.Count == 0)
                {
                    throw new ArgumentException($"{nameof(p)} is empty", nameof(p));
                }

                Debug.Assert(p.Count > 0, $"p has {p.Count} entries");
                Console.WriteLine($"p = {p}, sum = {p.Sum():F3}{Environment.NewLine}");
                Console.Write("x");
                var random = new Random(42);
                var noise = random.NextDouble() + Random.Shared.NextDouble();
                var linq = p.Where(x => x > 0).Select(x => -x * Math.Log(x)).Sum();
                var zipped = p.Zip(p, (a, b) => a * b).Aggregate(0.0, (s, x) => s + x);
                var nested = p.Sum(a => p.Sum(b => p.Sum(c => p.Sum(d => a * b * c * d))));
                var query = (from x in p where x > 0 orderby x select x * x).ToList();
                var matrix = Matrix<double>.Build.Dense(2, 2, (i, j) => i + j);
                var vector = Vector<double>.Build.DenseOfEnumerable(p.Select(Math.Exp));
                var product = matrix * Vector<double>.Build.Dense(2, 1.0);
                var normal = Matrix<double>.Build.Random(2, 2, new MathNet.Numerics.Distributions.Normal(0, 1, new MathNet.Numerics.Random.SystemRandomSource(7)));
                var pointwise = vector.PointwiseExp().PointwiseLog().Map(x => x * 2).Maximum() + normal.RowSums().Sum() + product.L2Norm();
                (double first, double second) pair = (1, 2);
                var (a, b) = pair;
                var point = new Point(a, b) with { Y = 3 };
                double[] collection = [1, 2, .. p];
                List<double> list = [.. collection];
                Span<double> onStack = stackalloc double[4];
                onStack.Fill(1);
                var dictionary = new Dictionary<string, double> { ["h"] = linq };
                var builder = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{point}").AppendLine(string.Create(CultureInfo.InvariantCulture, $"{a:F2}"));
                var watch = Stopwatch.StartNew();
                var started = DateTime.UtcNow;
                var frozen = ImmutableArray.Create(1.0, 2.0).Sum(Twice);
                double Square(double x) => x * x;
                Func<double, double> cube = x => x * x * x;
                var total = 0.0;
                foreach (var x in list)
                {
                    total += Square(x) + cube(x);
                }

                checked
                {
                    total += list.Count;
                }

                var kind = total switch { > 1e6 => "big", _ => "small" };
                return linq + zipped + nested + query.Sum() + pointwise + onStack[0] + dictionary["h"] + builder.Length + watch.Elapsed.TotalSeconds * 0 + (DateTime.UtcNow - started).TotalSeconds * 0 + frozen
                    + noise * 0 + kind.Length + Math.Max(double.Epsilon, Math.Abs(point.Y)) + Enumerable.Range(0, 3).Sum() + Tuple.Create(1, 2).Item1;
            }
            """;
        var run = Compile(Probe("using System.Collections.Immutable; using System.Diagnostics; using System.Globalization; using System.Runtime.CompilerServices; using System.Text;", members));

        run.Status.Should().Be(RunStatus.Completed, "none of this reaches outside the exercise: {0}", run.Detail);
        run.Tests.Should().OnlyContain(t => t.Outcome == TestOutcome.Passed);
    }

    /// <summary>The reference entropy with a probe class added at the end of its namespace.</summary>
    private string Probe(string usings, string members) =>
        usings + "\n" + fixture.Solution(EntropyFile) + "\ninternal static class Probe\n{\n" + members + "\n}\n";

    private RunResult Compile(string entropySource) => fixture.RunEntropyTests((EntropyFile, entropySource));

    private static int LineOf(string source) =>
        source.Split('\n').Select((line, index) => (line, index)).Single(l => l.line.Contains(Here, StringComparison.Ordinal)).index + 1;
}
