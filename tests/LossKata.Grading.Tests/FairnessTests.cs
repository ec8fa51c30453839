using LossKata.Cli.Learner;
using LossKata.Course;
using LossKata.Grading;

namespace LossKata.Grading.Tests;

/// <summary>
/// One fair verdict: a learner's mistake or fault costs exactly the exercise it is in. Each case is a copy of the
/// reference with one exercise broken (or organised differently) and is graded on every level; the broken exercise is
/// charged as expected and every other exercise keeps every point.
/// </summary>
[Collection(GradingCollection.Name)]
public sealed class FairnessTests(GradingFixture fixture)
{
    private const string KlFile = "Level2_CrossEntropyAndKl/KlDivergence.cs";
    private const string KlSignature = "public static double KlDivergence(";

    [Fact]
    public void A_compile_error_costs_only_its_exercise_and_the_report_gives_file_and_line()
    {
        var grade = fixture.GradeReferenceWith("fair-compile-error", new Dictionary<string, string>
        {
            [KlFile] = fixture.SolutionWithFirstStatement(KlFile, KlSignature, "this is not C#;"),
        });

        var kl = GradingFixture.Exercise(grade, "Information.KlDivergence");
        kl.State.Should().Be(ExerciseState.NotRun);
        kl.Points.Should().Be(0);
        kl.Problem.Should().StartWith("does not compile").And.Contain($"exercises/{KlFile}(").And.Contain("error CS");
        fixture.ShouldCostNothingBut(grade, "Information.KlDivergence");
        Reports.Write(grade, ReportFormat.Text).Should().Contain("does not compile").And.Contain("error CS");
    }

    [Fact]
    public void An_infinite_loop_costs_only_its_exercise_and_the_report_names_the_running_test()
    {
        var grade = fixture.GradeReferenceWith(
            "fair-infinite-loop",
            new Dictionary<string, string> { [KlFile] = fixture.SolutionWithFirstStatement(KlFile, KlSignature, "while (p.Count >= 0) { }") },
            new GradingOptions(TimeSpan.FromSeconds(10)));

        var kl = GradingFixture.Exercise(grade, "Information.KlDivergence");
        kl.State.Should().Be(ExerciseState.NotRun);
        kl.Points.Should().Be(0);
        kl.Problem.Should().StartWith("timed out").And.Contain("time limit of 10 s").And.Contain("Still running:");
        fixture.ShouldCostNothingBut(grade, "Information.KlDivergence");
    }

    [Fact]
    public void Lambdas_nested_deep_enough_to_keep_the_compiler_busy_for_hours_cost_only_their_exercise()
    {
        // Lambdas nested 24 deep, each passed to a method with two overloads: the compiler would try both at every
        // depth, 2^24 times. Refused on its syntax, before the compiler binds anything.
        var nested = Enumerable.Range(0, 24).Reverse().Aggregate("v23 + 1", (body, depth) => $"Busy(v{depth} => {body})");
        var busy = fixture.SolutionWith(
            KlFile,
            "public static partial class Information\n{",
            "public static partial class Information\n{\n    private static int Busy(Func<int, int> f) => 0;\n\n    private static int Busy(Func<string, int> f) => 1;\n\n    private static int Nested() => " + nested + ";\n");
        var grade = fixture.GradeReferenceWith("fair-busy-compiler", new Dictionary<string, string> { [KlFile] = busy });

        var kl = GradingFixture.Exercise(grade, "Information.KlDivergence");
        kl.State.Should().Be(ExerciseState.NotRun);
        kl.Problem.Should().Contain($"exercises/{KlFile}(9): uses lambdas nested more than 4 deep, which exercise code may not use");
        fixture.ShouldCostNothingBut(grade, "Information.KlDivergence");
    }

    [Fact]
    public void A_stack_overflow_costs_only_its_exercise()
    {
        const string sigmoid = "Level4_Softmax/Sigmoid.cs";
        var grade = fixture.GradeReferenceWith("fair-stack-overflow", new Dictionary<string, string>
        {
            [sigmoid] = fixture.SolutionWithFirstStatement(sigmoid, "public static double Sigmoid(", "if (!double.IsNaN(z)) { return Sigmoid(z); }"),
        });

        var exercise = GradingFixture.Exercise(grade, "Activations.Sigmoid");
        exercise.Points.Should().Be(0);
        exercise.Problem.Should().StartWith("crashed").And.Contain("Stack overflow");
        fixture.ShouldCostNothingBut(grade, "Activations.Sigmoid");
    }

    [Theory]
    [InlineData("Losses.BinaryCrossEntropy", "Level3_BinaryCrossEntropy/BinaryCrossEntropy.cs", "public static double BinaryCrossEntropy(", "Environment.Exit(0);", "System.Environment.Exit")]
    [InlineData("Gradients.CrossEntropyWrtLogits", "Level6_Gradients/CrossEntropyWrtLogits.cs", "public static Matrix<double> CrossEntropyWrtLogits(", "System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);", "System.Threading.Thread")]
    public void A_refused_call_costs_only_its_exercise_and_the_report_names_it(string id, string file, string signature, string statement, string symbol)
    {
        var grade = fixture.GradeReferenceWith("fair-refused-" + id, new Dictionary<string, string>
        {
            [file] = fixture.SolutionWithFirstStatement(file, signature, statement),
        });

        var exercise = GradingFixture.Exercise(grade, id);
        exercise.State.Should().Be(ExerciseState.NotRun);
        exercise.Points.Should().Be(0);
        exercise.Problem.Should().Contain($"uses {symbol}, which exercise code may not use");
        fixture.ShouldCostNothingBut(grade, id);
    }

    [Fact]
    public void A_wrong_earlier_level_costs_nothing_in_later_levels()
    {
        var grade = fixture.GradeReferenceWith("fair-wrong-level-1", new Dictionary<string, string>
        {
            ["Level1_Entropy/Entropy.cs"] = fixture.SolutionWithFirstStatement("Level1_Entropy/Entropy.cs", "public static double Entropy(", "return 0;"),
        });

        var entropy = GradingFixture.Exercise(grade, "Information.Entropy");
        entropy.State.Should().Be(ExerciseState.Failing);
        entropy.Points.Should().BeLessThan(entropy.MaxPoints);
        fixture.ShouldCostNothingBut(grade, "Information.Entropy");
    }

    [Fact]
    public void A_wrong_KL_divergence_costs_only_KL_divergence_not_cross_entropy()
    {
        var grade = fixture.GradeReferenceWith("fair-wrong-kl", new Dictionary<string, string>
        {
            [KlFile] = fixture.SolutionWith(KlFile, "(Math.Log(p[i]) - Math.Log(q[i]))", "(Math.Log(q[i]) - Math.Log(p[i]))"),
        });

        GradingFixture.Exercise(grade, "Information.KlDivergence").State.Should().Be(ExerciseState.Failing);
        fixture.ShouldCostNothingBut(grade, "Information.KlDivergence");
    }

    [Fact]
    public void A_wrong_log_sum_exp_costs_only_log_sum_exp_even_when_the_learners_other_activations_call_it()
    {
        // The learner's softmax, log-softmax and sigmoid are all written on top of their own LogSumExp, which forgets
        // to subtract the maximum (it overflows for large logits).
        var grade = fixture.GradeReferenceWith("fair-wrong-logsumexp", new Dictionary<string, string>
        {
            ["Level4_Softmax/LogSumExp.cs"] = """
                namespace LossKata;

                public static partial class Activations
                {
                    public static double LogSumExp(Vector<double> z)
                    {
                        Guard.NotEmptyNoNaN(z, nameof(z));
                        return Math.Log(z.Sum(Math.Exp));
                    }
                }
                """,
            ["Level4_Softmax/Softmax.cs"] = """
                namespace LossKata;

                public static partial class Activations
                {
                    public static Vector<double> Softmax(Vector<double> z)
                    {
                        Guard.NotEmptyNoNaN(z, nameof(z));
                        var lse = LogSumExp(z);
                        return z.Map(value => Math.Exp(value - lse));
                    }

                    public static Matrix<double> Softmax(Matrix<double> logits)
                    {
                        Guard.NotEmptyNoNaN(logits, nameof(logits));
                        return Matrix<double>.Build.DenseOfRowVectors(logits.EnumerateRows().Select(Softmax));
                    }
                }
                """,
            ["Level4_Softmax/Sigmoid.cs"] = """
                namespace LossKata;

                public static partial class Activations
                {
                    // σ(z) = e^z / (e^0 + e^z) = exp(z − LSE([0, z])), and σ(±∞) = 1 or 0 (∞ − ∞ would be NaN)
                    public static double Sigmoid(double z)
                    {
                        Guard.NotNaN(z, nameof(z));
                        return double.IsInfinity(z) ? (z > 0 ? 1 : 0) : Math.Exp(z - LogSumExp(Vector<double>.Build.Dense([0.0, z])));
                    }
                }
                """,
        });

        GradingFixture.Exercise(grade, "Activations.LogSumExp").State.Should().Be(ExerciseState.Failing, "a log-sum-exp without the shift overflows");
        fixture.ShouldCostNothingBut(grade, "Activations.LogSumExp");
    }

    [Fact]
    public void A_wrong_binary_cross_entropy_costs_only_itself()
    {
        const string bce = "Level3_BinaryCrossEntropy/BinaryCrossEntropy.cs";
        var grade = fixture.GradeReferenceWith("fair-wrong-bce", new Dictionary<string, string>
        {
            [bce] = fixture.SolutionWith(bce, "total -= targets[i] * logP + (1 - targets[i]) * logOneMinusP;", "total -= targets[i] * logP;"),
        });

        GradingFixture.Exercise(grade, "Losses.BinaryCrossEntropy").State.Should().Be(ExerciseState.Failing);
        fixture.ShouldCostNothingBut(grade, "Losses.BinaryCrossEntropy");
    }

    [Fact]
    public void A_wrong_linear_layer_costs_only_linear_though_the_network_and_training_tests_build_networks_of_layers()
    {
        // Mlp's and Trainer's tests require Linear (they build networks): graded with the learner's other exercises in
        // as few runs as possible, they must still run on the reference Linear, as they would alone.
        const string linear = "Level7_Network/Linear.cs";
        var grade = fixture.GradeReferenceWith("fair-wrong-linear", new Dictionary<string, string>
        {
            [linear] = fixture.SolutionWith(linear, "output[i, j] += bias;", "output[i, j] -= bias;"),
        });

        GradingFixture.Exercise(grade, "Linear").State.Should().Be(ExerciseState.Failing, "its bias is subtracted");
        fixture.ShouldCostNothingBut(grade, "Linear");
    }

    [Fact]
    public void A_helper_file_that_does_not_compile_costs_only_the_exercise_that_uses_it()
    {
        var grade = fixture.GradeReferenceWith("fair-broken-helper", new Dictionary<string, string>
        {
            ["Level2_CrossEntropyAndKl/Logs.cs"] = "namespace LossKata;\n\ninternal static class Logs\n{\n    public static double InBase(double nats, double logBase) => nats / Math.Log(logBase)\n}\n",
            ["Level2_CrossEntropyAndKl/CrossEntropy.cs"] = fixture.SolutionWith("Level2_CrossEntropyAndKl/CrossEntropy.cs", "return nats / Math.Log(logBase);", "return Logs.InBase(nats, logBase);"),
        });

        var crossEntropy = GradingFixture.Exercise(grade, "Information.CrossEntropy");
        crossEntropy.State.Should().Be(ExerciseState.NotRun);
        crossEntropy.Problem.Should().StartWith("does not compile").And.Contain("exercises/Level2_CrossEntropyAndKl/Logs.cs(");
        fixture.ShouldCostNothingBut(grade, "Information.CrossEntropy");
    }

    [Fact]
    public void A_helper_class_in_its_own_file_of_the_level_folder_costs_nothing()
    {
        var grade = fixture.GradeReferenceWith("fair-helper-file", new Dictionary<string, string>
        {
            ["Level2_CrossEntropyAndKl/Logs.cs"] = """
                namespace LossKata;

                internal static class Logs
                {
                    /// <summary>log(x) in base b.</summary>
                    public static double InBase(double nats, double logBase) => nats / Math.Log(logBase);
                }
                """,
            ["Level2_CrossEntropyAndKl/CrossEntropy.cs"] = fixture.SolutionWith("Level2_CrossEntropyAndKl/CrossEntropy.cs", "return nats / Math.Log(logBase);", "return Logs.InBase(nats, logBase);"),
            [KlFile] = fixture.SolutionWith(KlFile, "return Math.Max(0, nats) / Math.Log(logBase);", "return Logs.InBase(Math.Max(0, nats), logBase);"),
        });

        grade.Warnings.Should().NotContain(w => w.Contains("Logs.cs", StringComparison.Ordinal));
        fixture.ShouldCostNothingBut(grade);
    }

    [Fact]
    public void A_private_helper_shared_by_two_files_of_the_partial_class_costs_nothing()
    {
        var grade = fixture.GradeReferenceWith("fair-shared-private-helper", new Dictionary<string, string>
        {
            ["Level4_Softmax/LogSumExp.cs"] = fixture.SolutionWith(
                "Level4_Softmax/LogSumExp.cs",
                "        return max + Math.Log(z.Sum(value => Math.Exp(value - max)));\n    }",
                "        return max + Math.Log(ShiftedExponentials(z, max).Sum());\n    }\n\n    private static Vector<double> ShiftedExponentials(Vector<double> z, double shift) => z.Map(value => Math.Exp(value - shift));"),
            ["Level4_Softmax/Softmax.cs"] = fixture.SolutionWith("Level4_Softmax/Softmax.cs", "z.Map(value => Math.Exp(value - max))", "ShiftedExponentials(z, max)"),
        });

        fixture.ShouldCostNothingBut(grade);
    }

    [Fact]
    public void CRLF_line_endings_with_a_byte_order_mark_and_debug_prints_cost_nothing()
    {
        var entropy = fixture.SolutionWithFirstStatement("Level1_Entropy/Entropy.cs", "public static double Entropy(", "Console.WriteLine($\"Entropy in base {logBase}\");");
        var files = fixture.Course.Exercises
            .Where(e => fixture.GradedLevels.Contains(e.Level))
            .ToDictionary(e => e.File, e => "\uFEFF" + (e.Id == "Information.Entropy" ? entropy : fixture.Solution(e.File)).ReplaceLineEndings("\r\n"));

        var grade = fixture.GradeReferenceWith("fair-crlf-bom-prints", files);

        fixture.ShouldCostNothingBut(grade);
        GradingFixture.Exercise(grade, "Information.Entropy").Output.Should().Contain("Entropy in base", "the learner's prints are kept for the report");
    }

    [Fact]
    public void A_submission_one_folder_down_as_unpacked_from_a_zip_costs_nothing()
    {
        fixture.MakeSubmission("fair-unpacked/LossKata-main/exercises", "solutions");

        var grade = fixture.Grader.Grade(Submission.Load(Path.Combine(fixture.Scratch, "fair-unpacked"), fixture.Course), GradingFixture.Options);

        grade.Learner.Should().Be("fair-unpacked");
        fixture.ShouldCostNothingBut(grade);
    }

    [Fact]
    public void Edited_tests_and_edited_points_cost_nothing_and_gain_nothing()
    {
        // A repository-shaped submission whose entropy is wrong and whose tests and points are rewritten to pass it.
        var submission = Path.Combine(fixture.Scratch, "fair-edited-tests");
        fixture.MakeSubmission("fair-edited-tests/exercises", "solutions", new Dictionary<string, string>
        {
            ["Level1_Entropy/Entropy.cs"] = fixture.SolutionWithFirstStatement("Level1_Entropy/Entropy.cs", "public static double Entropy(", "return 0;"),
        });
        var tests = Path.Combine(submission, "tests", "Suite", "Level1", "EntropyTests.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(tests)!);
        File.WriteAllText(tests, "namespace LossKata.Tests.Level1; public sealed class EntropyTests { [Fact] public void Everything_passes() { } }");
        File.WriteAllText(
            Path.Combine(submission, CourseManifest.RelativePath),
            File.ReadAllText(Path.Combine(fixture.Root, CourseManifest.RelativePath)).Replace("\"points\": 8", "\"points\": 80", StringComparison.Ordinal));

        var grade = fixture.Grader.Grade(Submission.Load(submission, fixture.Course), GradingFixture.Options);

        grade.MaxPoints.Should().Be(fixture.ReferenceGrade.MaxPoints, "points come from the grading repository's course.json");
        GradingFixture.Exercise(grade, "Information.Entropy").State.Should().Be(ExerciseState.Failing, "the grading repository's tests run, not the submission's");
        fixture.ShouldCostNothingBut(grade, "Information.Entropy");
    }

    [Fact]
    public void Check_and_grade_give_the_same_points_for_the_same_code()
    {
        // A mixed submission: one exercise wrong, one with a helper file, one not started, one missing, the rest right.
        var files = new Dictionary<string, string>
        {
            [KlFile] = fixture.SolutionWith(KlFile, "(Math.Log(p[i]) - Math.Log(q[i]))", "(Math.Log(q[i]) - Math.Log(p[i]))"),
            ["Level2_CrossEntropyAndKl/Logs.cs"] = "namespace LossKata;\n\ninternal static class Logs\n{\n    public static double InBase(double nats, double logBase) => nats / Math.Log(logBase);\n}\n",
            ["Level2_CrossEntropyAndKl/CrossEntropy.cs"] = fixture.SolutionWith("Level2_CrossEntropyAndKl/CrossEntropy.cs", "return nats / Math.Log(logBase);", "return Logs.InBase(nats, logBase);"),
        };
        var submission = fixture.MakeSubmission("same-points-grade", "solutions", files);
        var repository = fixture.MakeRepositoryWithShippedStubs("same-points-check");
        foreach (var file in Directory.EnumerateFiles(submission, "*.cs", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(repository, "exercises", Path.GetRelativePath(submission, file)), overwrite: true);
        }

        var stubbed = fixture.Course.Exercises.First(e => e.Level == 3);
        var (stub, _) = ShippedStubs.Read(fixture.Root, stubbed);
        File.WriteAllBytes(Path.Combine(submission, stubbed.File), stub!);
        File.WriteAllBytes(Path.Combine(repository, "exercises", stubbed.File), stub!);
        var missing = fixture.Course.Exercises.First(e => e.Level == 4);
        File.Delete(Path.Combine(submission, missing.File));
        File.Delete(Path.Combine(repository, "exercises", missing.File));

        var graded = fixture.Grader.Grade(Submission.Load(submission, fixture.Course), GradingFixture.Options);
        var checkedGrade = new Progress(repository, fixture.Runner).Check(level: null, GradingFixture.Options.TimeLimit);

        var byGrade = graded.Levels.SelectMany(l => l.Exercises).ToDictionary(e => e.Id, e => (e.Points, e.State));
        var byCheck = checkedGrade.Levels.SelectMany(l => l.Exercises).ToDictionary(e => e.Id, e => (e.Points, e.State));
        byCheck.Should().BeEquivalentTo(byGrade, "check and grade read the same files by the same rule and grade them the same way");
        byGrade[stubbed.Id].State.Should().Be(ExerciseState.NotStarted);
        byGrade[missing.Id].State.Should().Be(ExerciseState.NotStarted, "a missing exercise file is not started, never filled from the reference");
        byGrade["Information.KlDivergence"].State.Should().Be(ExerciseState.Failing);
        byGrade["Information.CrossEntropy"].State.Should().Be(ExerciseState.Passed, "its helper file is read");
    }
}
