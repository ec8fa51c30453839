using System.Runtime.InteropServices;
using System.Xml.Linq;
using LossKata.Course;
using LossKata.Grading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LossKata.Grading.Tests;

/// <summary>
/// Learner code can do only what verifiable, memory-safe C# can do. The allow-list refuses, member by member, the
/// APIs that read or write memory without bounds checks (a vector's width loaded or stored from an array's last
/// element on reaches past its end, then any object of the process — the interned "Fail" the test framework writes
/// into every result, say); the compiled IL is read for instructions only unverifiable code has; and a report that
/// contradicts itself — what such a forgery would leave — counts no test as passed.
/// </summary>
[Collection(WholeSubmissionsCollection.Name)]
public sealed class MemorySafetyTests(GradingFixture fixture)
{
    private const string EntropyFile = "Level1_Entropy/Entropy.cs";
    private const string EntropySignature = "public static double Entropy(";

    [Theory]
    [InlineData("Vector.LoadUnsafe(ref T)", "var a = new double[1]; var v = System.Numerics.Vector.LoadUnsafe(ref a[0]);", "System.Numerics.Vector.LoadUnsafe")]
    [InlineData("Vector.LoadUnsafe(ref T, offset)", "var a = new double[1]; var v = System.Numerics.Vector.LoadUnsafe(ref a[0], 1);", "System.Numerics.Vector.LoadUnsafe")]
    [InlineData("Vector.StoreUnsafe(vector, ref T)", "var a = new double[1]; System.Numerics.Vector.StoreUnsafe(new System.Numerics.Vector<double>(1.0), ref a[0]);", "System.Numerics.Vector.StoreUnsafe")]
    [InlineData("Vector.StoreUnsafe(vector, ref T, offset)", "var a = new double[1]; System.Numerics.Vector.StoreUnsafe(new System.Numerics.Vector<double>(1.0), ref a[0], 1);", "System.Numerics.Vector.StoreUnsafe")]
    [InlineData("a Vector128 load", "var a = new double[1]; var v = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref a[0]);", "System.Runtime.Intrinsics.Vector128")]
    [InlineData("CollectionsMarshal", "var list = new List<double> { 1 }; var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);", "System.Runtime.InteropServices.CollectionsMarshal")]
    [InlineData("GetArrayDataReference", "var a = new double[1]; ref var first = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(a);", "System.Runtime.InteropServices.MemoryMarshal")]
    public void Memory_access_without_bounds_checks_is_refused_by_member(string way, string statement, string symbol)
    {
        var entropy = fixture.SolutionWithFirstStatement(EntropyFile, EntropySignature, statement);

        var run = Run(entropy);

        run.Status.Should().Be(RunStatus.CompileError, "{0} reaches memory past an array's end", way);
        run.Detail.Should().Contain($"exercises/{EntropyFile}({GradingFixture.LineOf(entropy, statement)}): uses {symbol}, which exercise code may not use", "the refusal of {0} names the member and its line", way);
    }

    [Fact]
    public void Bounds_checked_SIMD_and_stackalloc_spans_stay_allowed()
    {
        var entropy = fixture.SolutionWithFirstStatement(EntropyFile, EntropySignature, """
            var lanes = new double[System.Numerics.Vector<double>.Count];
                    var simd = new System.Numerics.Vector<double>(lanes) + System.Numerics.Vector<double>.One;
                    simd.CopyTo(lanes);
                    Span<double> scratch = stackalloc double[4];
                    ReadOnlySpan<double> constants = stackalloc double[] { 1, 2, 3 };
                    scratch[0] = System.Numerics.Vector.Sum(simd) * 0 + constants[0] - 1 + System.Numerics.Complex.Abs(System.Numerics.Complex.Zero);
                    if (scratch[0] != 0) { return double.NaN; }
            """);

        var run = Run(entropy);

        run.Status.Should().Be(RunStatus.Completed, "vectors built from arrays and spans, and stack memory handed to a Span, are checked against their length: {0}", run.Detail);
        run.Tests.Should().OnlyContain(t => t.Outcome == TestOutcome.Passed);
    }

    [Fact]
    public void A_class_of_stubs_forging_through_a_helper_that_reads_past_an_array_scores_nothing()
    {
        // The shipped stubs, each first calling a helper of its level that writes past the end of an array.
        const string forge = """
            namespace LossKata;

            internal static class Forge
            {
                internal static void Run()
                {
                    var one = new long[1];
                    var beyond = System.Numerics.Vector.LoadUnsafe(ref one[0]);
                    System.Numerics.Vector.StoreUnsafe(beyond + System.Numerics.Vector<long>.One, ref one[0]);
                }
            }
            """;
        var repository = fixture.MakeRepositoryWithShippedStubs("exploit-vector-forgery");
        var level1 = Path.Combine(repository, "exercises", "Level1_Entropy");
        var stub = File.ReadAllText(Path.Combine(level1, "Entropy.cs"));
        var throwAt = stub.IndexOf("throw new NotImplementedException", StringComparison.Ordinal);
        throwAt.Should().BePositive("the shipped entropy stub throws");
        File.WriteAllText(Path.Combine(level1, "Entropy.cs"), stub[..throwAt] + "Forge.Run();\n        " + stub[throwAt..]);
        File.WriteAllText(Path.Combine(level1, "Forge.cs"), forge);

        var grade = fixture.Grader.Grade(Submission.Load(repository, fixture.Course), new GradingOptions(GradingFixture.Options.TimeLimit, new HashSet<int> { 1 }));

        var entropy = GradingFixture.Exercise(grade, "Information.Entropy");
        entropy.Points.Should().Be(0, "the stub still throws, and the forgery never runs");
        entropy.State.Should().Be(ExerciseState.NotRun);
        entropy.Problem.Should().Contain($"exercises/Level1_Entropy/Forge.cs({GradingFixture.LineOf(forge, "LoadUnsafe")}): uses System.Numerics.Vector.LoadUnsafe, which exercise code may not use");
    }

    [Fact]
    public void Unverifiable_IL_is_found_in_the_compiled_assembly_with_its_file_and_line()
    {
        const string source = """
            using System;
            using System.Runtime.InteropServices;

            public static unsafe class Unverifiable
            {
                public static int CallThroughAnAddress(delegate*<int> f) => f();
                public static byte OnTheStack() { byte* raw = stackalloc byte[8]; return raw[0]; }
                public static byte ConstantsOnTheStack() { byte* raw = stackalloc byte[] { 1, 2, 3 }; return raw[2]; }
                public static double Safe() { Span<double> span = stackalloc double[] { 1, 2 }; return span[0]; }
            }

            [StructLayout(LayoutKind.Explicit)]
            public struct Overlay
            {
                [FieldOffset(0)] public object Anything;
                [FieldOffset(0)] public long SeenAsNumber;
            }
            """;

        var problems = VerifiableCode.Problems(CompileUnsafe(source));

        problems.Should().Contain(p => p.StartsWith("exercises/Unverifiable.cs(6): uses the IL instruction calli", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("exercises/Unverifiable.cs(7): uses stack memory (localloc) that is not handed to a Span<T>", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("exercises/Unverifiable.cs(8): uses stack memory (localloc)", StringComparison.Ordinal), "a constant initializer copied into raw stack memory is still raw stack memory");
        problems.Should().Contain(p => p.StartsWith("Overlay: uses explicit field offsets", StringComparison.Ordinal));
        problems.Should().NotContain(p => p.Contains("(9)", StringComparison.Ordinal), "a stackalloc handed to a Span<T> is verifiable");
        problems.Should().OnlyContain(p => p.Contains(CodeRules.RefusalText, StringComparison.Ordinal), "each reads as a refusal, as the rules' own do");
    }

    [Fact]
    public void The_reference_compiles_to_verifiable_IL()
    {
        var run = fixture.Runner.Run(ImplementationVariant.Reference(fixture.Root), new RunFilter(ExerciseId: "Information.Entropy"), GradingFixture.Options.TimeLimit);

        run.Status.Should().Be(RunStatus.Completed, "the reference and common/ are held to the same IL check: {0}", run.Detail);
    }

    [Theory]
    [InlineData("every failure turned into a pass", """<test name="a" result="Pass"><failure><message>wrong</message></failure></test><test name="b" result="Pass" />""", 2, 0)]
    [InlineData("a pass without its tally", """<test name="a" result="Pass" /><test name="b" result="Pass" />""", 1, 1)]
    [InlineData("a failure without its failure", """<test name="a" result="Fail" /><test name="b" result="Pass" />""", 1, 1)]
    public void A_report_that_contradicts_itself_counts_no_test_as_passed(string forgery, string tests, int passed, int failed)
    {
        var report = Path.Combine(fixture.Scratch, "forged-" + forgery.Replace(' ', '-') + ".xml");
        File.WriteAllText(report, $"""<assemblies><assembly name="x" total="2" passed="{passed}" failed="{failed}" skipped="0" finish-rtf="2026-01-01T00:00:00Z"><collection>{tests}</collection></assembly></assemblies>""");

        var read = TestProcess.ReadReport(report);

        read.Should().NotBeNull().And.HaveCount(2);
        read!.Should().OnlyContain(t => t.Outcome == TestOutcome.Failed && t.Message!.StartsWith(ReportIntegrity.ContradictionMessage, StringComparison.Ordinal), "{0} is what rewriting the runner's strings in memory leaves", forgery);
    }

    [Fact]
    public void A_report_that_agrees_with_itself_is_read_as_written()
    {
        var report = Path.Combine(fixture.Scratch, "honest.xml");
        File.WriteAllText(report, """<assemblies><assembly name="x" total="2" passed="1" failed="1" skipped="0" finish-rtf="2026-01-01T00:00:00Z"><collection><test name="a" result="Fail"><failure><message>wrong</message></failure></test><test name="b" result="Pass" /></collection></assembly></assemblies>""");

        var read = TestProcess.ReadReport(report);

        read!.Select(t => t.Outcome).Should().Equal(TestOutcome.Failed, TestOutcome.Passed);
    }

    private RunResult Run(string entropySource) => fixture.RunEntropyTests((EntropyFile, entropySource));

    private static byte[] CompileUnsafe(string source)
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var references = new[] { "System.Private.CoreLib.dll", "System.Runtime.dll", "System.Runtime.InteropServices.dll" }
            .Select(name => MetadataReference.CreateFromFile(Path.Combine(runtime, name)));
        var compilation = CSharpCompilation.Create(
            "Unverifiable",
            [CSharpSyntaxTree.ParseText(source, path: "exercises/Unverifiable.cs", encoding: System.Text.Encoding.UTF8)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, optimizationLevel: OptimizationLevel.Release));
        using var assembly = new MemoryStream();
        var result = compilation.Emit(assembly, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.Embedded));
        result.Success.Should().BeTrue(string.Join("\n", result.Diagnostics));
        return assembly.ToArray();
    }
}
