using LossKata.Cli.Commands;
using LossKata.Grading;

namespace LossKata.Grading.Tests;

/// <summary>
/// The attacks on the grade's integrity, graded as one class beside a perfect submission, as an instructor runs
/// <c>grade --submissions</c>: each gets its honest score and costs nothing else, the perfect copy gets every point,
/// and every report and the gradebook are written.
/// </summary>
[Collection(WholeSubmissionsCollection.Name)]
public sealed class IntegrityClassTests(GradingFixture fixture)
{
    private const string EntropyFile = "Level1_Entropy/Entropy.cs";
    private const string CrossEntropyFile = "Level2_CrossEntropyAndKl/CrossEntropy.cs";
    private const string KlFile = "Level2_CrossEntropyAndKl/KlDivergence.cs";

    private static readonly System.Text.Json.JsonSerializerOptions ReportJson = new()
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    [Fact]
    public void Forgery_shadowing_circular_delegation_and_internals_each_cost_their_exercises_in_one_class_run()
    {
        var classFolder = Path.Combine(fixture.Scratch, "integrity-class");
        fixture.MakeSubmission("integrity-class/perfect", "solutions");
        fixture.MakeSubmission("integrity-class/vector-forgery", "solutions", new Dictionary<string, string>
        {
            [EntropyFile] = fixture.SolutionWithFirstStatement(EntropyFile, "public static double Entropy(", "Forge.Run(); return 0;"),
            ["Level1_Entropy/Forge.cs"] = "namespace LossKata;\n\ninternal static class Forge\n{\n    internal static void Run()\n    {\n        var one = new long[1];\n        System.Numerics.Vector.StoreUnsafe(System.Numerics.Vector<long>.One, ref one[0]);\n    }\n}\n",
        });
        fixture.MakeSubmission("integrity-class/shadowed-math", "solutions", new Dictionary<string, string>
        {
            ["Level1_Entropy/Math.cs"] = "namespace LossKata;\n\ninternal static class Math\n{\n    public const double E = System.Math.E;\n    public static double Log(double x) => System.Math.Log(x) * (1 + 1e-6);\n    public static double Abs(double x) => System.Math.Abs(x);\n    public static double Max(double a, double b) => System.Math.Max(a, b);\n    public static double Min(double a, double b) => System.Math.Min(a, b);\n    public static int Min(int a, int b) => System.Math.Min(a, b);\n    public static double Exp(double x) => System.Math.Exp(x);\n    public static double Sqrt(double x) => System.Math.Sqrt(x);\n    public static int Max(int a, int b) => System.Math.Max(a, b);\n    public static double Clamp(double x, double low, double high) => System.Math.Clamp(x, low, high);\n}\n",
        });
        fixture.MakeSubmission("integrity-class/circular", "solutions", new Dictionary<string, string>
        {
            [EntropyFile] = fixture.SolutionWithFirstStatement(EntropyFile, "public static double Entropy(", "return CrossEntropy(p, p, logBase);"),
            [CrossEntropyFile] = fixture.SolutionWithFirstStatement(CrossEntropyFile, "public static double CrossEntropy(", "return Entropy(p, logBase) + KlDivergence(p, q, logBase);"),
            [KlFile] = fixture.SolutionWithFirstStatement(KlFile, "public static double KlDivergence(", "return CrossEntropy(p, q, logBase) - Entropy(p, logBase);"),
        });
        fixture.MakeSubmission("integrity-class/provider-internals", "solutions", new Dictionary<string, string>
        {
            [EntropyFile] = fixture.SolutionWithFirstStatement(EntropyFile, "public static double Entropy(", "LossKata.LinearAlgebra.SimdLinearAlgebra.Deactivate();"),
        });
        var output = Path.Combine(fixture.Scratch, "grades-integrity-class");

        var exitCode = new GradeCommand().Run([
            "--submissions", classFolder, "--format", "json", "--out", output, "--jobs", "2",
            "--time-limit", ((int)GradingFixture.Options.TimeLimit.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--repository", fixture.Root]);

        exitCode.Should().Be(0);
        string[] learners = ["circular", "perfect", "provider-internals", "shadowed-math", "vector-forgery"];
        Directory.GetFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo(learners.Select(l => l + ".json").Append("gradebook.csv"));
        File.ReadAllLines(Path.Combine(output, "gradebook.csv")).Should().HaveCount(learners.Length + 1, "a header and one line per learner");
        Read(output, "perfect").Points.Should().Be(fixture.ReferenceGrade.MaxPoints);

        var forgery = Read(output, "vector-forgery");
        GradingFixture.Exercise(forgery, "Information.Entropy").Problem.Should().Contain("uses System.Numerics.Vector.StoreUnsafe, which exercise code may not use");
        fixture.ShouldCostNothingBut(forgery, "Information.Entropy");

        var shadowed = Read(output, "shadowed-math");
        GradingFixture.Exercise(shadowed, "Information.Entropy").Problem.Should().Contain("declares LossKata.Math, which exercise code may not declare");
        fixture.ShouldCostNothingBut(shadowed, "Information.Entropy");

        var circular = Read(output, "circular");
        string[] cycle = ["Information.Entropy", "Information.CrossEntropy", "Information.KlDivergence"];
        cycle.Select(id => GradingFixture.Exercise(circular, id).Points).Should().AllBeEquivalentTo(0.0, "the three only call each other");
        fixture.ShouldCostNothingBut(circular, cycle);

        var internals = Read(output, "provider-internals");
        GradingFixture.Exercise(internals, "Information.Entropy").Problem.Should().Contain("uses LossKata.LinearAlgebra.SimdLinearAlgebra, which exercise code may not use");
        fixture.ShouldCostNothingBut(internals, "Information.Entropy");
    }

    private static SubmissionGrade Read(string output, string learner) =>
        System.Text.Json.JsonSerializer.Deserialize<SubmissionGrade>(File.ReadAllText(Path.Combine(output, learner + ".json")), ReportJson)!;
}
