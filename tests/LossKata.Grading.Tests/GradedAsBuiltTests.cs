using LossKata.Grading;

namespace LossKata.Grading.Tests;

/// <summary>
/// Each exercise is graded with the learner's code meaning exactly what it means in the learner's own build: a
/// declaration that would change what the reference compiled beside it means (a class named <c>Math</c>, a
/// LINQ-like extension in namespace LossKata) is refused in the file that makes it; a file is never run beside the
/// reference in a way that gives its names another meaning than in the learner's build of its level; exercises that
/// only delegate to each other in a cycle are graded together, as they run in the learner's build; and only what the
/// learner's build compiles from common/ is compiled — the fast provider's internals stay out of reach.
/// </summary>
[Collection(WholeSubmissionsCollection.Name)]
public sealed class GradedAsBuiltTests(GradingFixture fixture)
{
    private const string EntropyFile = "Level1_Entropy/Entropy.cs";
    private const string CrossEntropyFile = "Level2_CrossEntropyAndKl/CrossEntropy.cs";
    private const string KlFile = "Level2_CrossEntropyAndKl/KlDivergence.cs";

    /// <summary>System.Math's members the reference and common/ use, forwarded, with the logarithm scaled by 1 + 1e-6.</summary>
    private const string ScaledMath = """
        internal static class Math
        {
            public const double E = System.Math.E;
            public static double Log(double x) => System.Math.Log(x) * (1 + 1e-6);
            public static double Exp(double x) => System.Math.Exp(x);
            public static double Abs(double x) => System.Math.Abs(x);
            public static double Sqrt(double x) => System.Math.Sqrt(x);
            public static double Max(double a, double b) => System.Math.Max(a, b);
            public static int Max(int a, int b) => System.Math.Max(a, b);
            public static double Min(double a, double b) => System.Math.Min(a, b);
            public static int Min(int a, int b) => System.Math.Min(a, b);
            public static double Clamp(double x, double low, double high) => System.Math.Clamp(x, low, high);
        }
        """;

    [Fact]
    public void A_helper_that_shadows_Math_costs_the_exercise_that_uses_it_and_nothing_else()
    {
        var helper = "namespace LossKata;\n\n" + ScaledMath;

        var grade = fixture.GradeReferenceWith("shadow-math-helper", new Dictionary<string, string> { ["Level1_Entropy/Math.cs"] = helper });

        var entropy = GradingFixture.Exercise(grade, "Information.Entropy");
        entropy.State.Should().Be(ExerciseState.NotRun, "in the learner's build the entropy's Math.Log is the helper's, so it is graded with the helper, whose Math would change the reference's meaning");
        entropy.Problem.Should().Contain($"exercises/Level1_Entropy/Math.cs({GradingFixture.LineOf(helper, "class Math")}): declares LossKata.Math, which exercise code may not declare")
            .And.Contain("instead of System.Math");
        fixture.ShouldCostNothingBut(grade, "Information.Entropy");
    }

    [Fact]
    public void Math_shadowed_inside_an_exercise_file_costs_that_exercise_only()
    {
        var entropy = fixture.Solution(EntropyFile) + "\n" + ScaledMath;

        var grade = fixture.GradeReferenceWith("shadow-math-in-entropy", new Dictionary<string, string> { [EntropyFile] = entropy });

        GradingFixture.Exercise(grade, "Information.Entropy").Problem.Should().Contain($"exercises/{EntropyFile}({GradingFixture.LineOf(entropy, "class Math")}): declares LossKata.Math");
        fixture.ShouldCostNothingBut(grade, "Information.Entropy");
    }

    [Fact]
    public void A_LINQ_like_extension_no_exercise_of_its_level_uses_costs_nothing()
    {
        // LogSumExp's reference calls z.Sum(value => ...): this Sum, in namespace LossKata, would be chosen over LINQ's.
        const string helper = """
            namespace LossKata;

            internal static class Sums
            {
                public static double Sum(this IEnumerable<double> values, Func<double, double> selector) => Enumerable.Sum(values, selector) * (1 + 1e-6);
            }
            """;

        var grade = fixture.GradeReferenceWith("shadow-sum-unused", new Dictionary<string, string> { ["Level1_Entropy/Sums.cs"] = helper });

        fixture.ShouldCostNothingBut(grade);
    }

    [Fact]
    public void A_LINQ_like_extension_costs_the_exercise_whose_code_it_changes_and_nothing_else()
    {
        const string helper = """
            namespace LossKata;

            internal static class Sums
            {
                public static double Sum(this IEnumerable<double> values, Func<double, double> selector) => Enumerable.Sum(values, selector) * 2;
            }
            """;

        var grade = fixture.GradeReferenceWith("shadow-sum-log-sum-exp", new Dictionary<string, string> { ["Level4_Softmax/Sums.cs"] = helper });

        var logSumExp = GradingFixture.Exercise(grade, "Activations.LogSumExp");
        logSumExp.State.Should().Be(ExerciseState.Failing, "in the learner's build LogSumExp sums with the helper's doubled Sum, so it is graded so: {0}", logSumExp.Problem);
        fixture.ShouldCostNothingBut(grade, "Activations.LogSumExp");
    }

    [Fact]
    public void Entropy_cross_entropy_and_KL_defined_through_each_other_score_nothing()
    {
        var entropy = fixture.SolutionWithFirstStatement(EntropyFile, "public static double Entropy(", "return CrossEntropy(p, p, logBase);");
        var crossEntropy = fixture.SolutionWithFirstStatement(CrossEntropyFile, "public static double CrossEntropy(", "return Entropy(p, logBase) + KlDivergence(p, q, logBase);");
        var kl = fixture.SolutionWithFirstStatement(KlFile, "public static double KlDivergence(", "return CrossEntropy(p, q, logBase) - Entropy(p, logBase);");

        var grade = fixture.GradeReferenceWith("circular-delegation", new Dictionary<string, string>
        {
            [EntropyFile] = entropy,
            [CrossEntropyFile] = crossEntropy,
            [KlFile] = kl,
        });

        foreach (var id in new[] { "Information.Entropy", "Information.CrossEntropy", "Information.KlDivergence" })
        {
            GradingFixture.Exercise(grade, id).Points.Should().Be(0, "{0} computes nothing: in the learner's build the three call each other for ever", id);
        }

        fixture.ShouldCostNothingBut(grade, "Information.Entropy", "Information.CrossEntropy", "Information.KlDivergence");
    }

    [Fact]
    public void Cross_entropy_written_as_entropy_plus_KL_keeps_its_points_when_both_are_correct()
    {
        // After the argument checks, so that bad input is rejected in the order the tests pin.
        var crossEntropy = fixture.SolutionWith(CrossEntropyFile, "        var nats = 0.0;", "        return Entropy(p, logBase) + KlDivergence(p, q, logBase);\n        var nats = 0.0;");

        var grade = fixture.GradeReferenceWith("delegation-without-cycle", new Dictionary<string, string> { [CrossEntropyFile] = crossEntropy });

        fixture.ShouldCostNothingBut(grade);
    }

    [Fact]
    public void The_fast_providers_internals_are_not_compiled_with_learner_code()
    {
        var entropy = fixture.SolutionWithFirstStatement(EntropyFile, "public static double Entropy(", "LossKata.LinearAlgebra.SimdLinearAlgebra.Deactivate();");

        var run = fixture.RunEntropyTests((EntropyFile, entropy));

        run.Status.Should().Be(RunStatus.CompileError);
        run.Detail.Should().Contain($"exercises/{EntropyFile}({GradingFixture.LineOf(entropy, "Deactivate")}): uses LossKata.LinearAlgebra.SimdLinearAlgebra, which exercise code may not use",
            "the learner's build references the provider as an assembly of its own, outside the exercises");
    }
}
