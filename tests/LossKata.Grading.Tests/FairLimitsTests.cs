using LossKata.Grading;

namespace LossKata.Grading.Tests;

/// <summary>
/// Limits that are fair to honest learners: printing costs only the time it takes (the time limit bounds a print
/// without end), a stack overflow is reported as one however long its trace, and a <c>#line</c> directive changes
/// neither whom an error blames nor what grading costs.
/// </summary>
[Collection(GradingCollection.Name)]
public sealed class FairLimitsTests(GradingFixture fixture)
{
    private const string EntropyFile = "Level1_Entropy/Entropy.cs";
    private const string EntropySignature = "public static double Entropy(";

    [Fact]
    public void A_correct_MseLoss_that_prints_200_debug_lines_per_call_keeps_its_points_and_the_output_is_counted()
    {
        const string mse = "Level5_NllAndCrossEntropy/MseLoss.cs";
        const string checks = "        Guard.SameShape(predictions, nameof(predictions), targets, nameof(targets));\n";
        var printing = fixture.SolutionWith(mse, checks, checks
            + "        for (var line = 0; line < 200; line++) { Console.WriteLine($\"debug {line}: predictions {predictions.RowCount}×{predictions.ColumnCount}, targets {targets.RowCount}×{targets.ColumnCount}, reduction {reduction} — a line of debug output as learners print them\"); }\n");

        var grade = fixture.GradeReferenceWith("fair-debug-prints", new Dictionary<string, string> { [mse] = printing });

        fixture.ShouldCostNothingBut(grade);
        var exercise = GradingFixture.Exercise(grade, "Losses.MseLoss");
        exercise.Output.Should().StartWith("debug 0: predictions").And.Contain("characters printed in all; only the start is kept");
    }

    [Fact]
    public void A_print_without_end_is_stopped_by_the_time_limit_alone_and_costs_only_its_exercise()
    {
        var entropy = fixture.SolutionWithFirstStatement(EntropyFile, EntropySignature, "while (p.Count >= 0) { Console.Write(new string('x', 1000)); }");

        var grade = fixture.GradeReferenceWith("fair-print-without-end", new Dictionary<string, string> { [EntropyFile] = entropy }, new GradingOptions(TimeSpan.FromSeconds(15)));

        var exercise = GradingFixture.Exercise(grade, "Information.Entropy");
        exercise.State.Should().Be(ExerciseState.NotRun);
        exercise.Points.Should().Be(0);
        exercise.Problem.Should().StartWith("timed out");
        exercise.Output.Should().StartWith("xxxx").And.Contain("characters printed in all");
        fixture.ShouldCostNothingBut(grade, "Information.Entropy");
    }

    [Fact]
    public void A_stack_overflow_whose_trace_does_not_repeat_is_reported_as_a_stack_overflow()
    {
        // The recursion alternates between two methods by whether the depth is prime: no stretch of the trace
        // repeats, so the runtime prints every one of its frames.
        const string sigmoid = "Level4_Softmax/Sigmoid.cs";
        var recursion = fixture.SolutionWith(sigmoid, "public static partial class Activations\n{",
            """
            public static partial class Activations
            {
                private static double Down(double z, long depth) => IsPrime(depth) ? Across(z, depth + 1) : Down(z, depth + 1) + 0;

                private static double Across(double z, long depth) => IsPrime(depth + 2) ? Down(z, depth + 1) : Across(z, depth + 1) + 0;

                private static bool IsPrime(long n) => n > 1 && Enumerable.Range(2, (int)Math.Sqrt(n)).All(d => d == n || n % d != 0);
            """).Replace("public static double Sigmoid(double z)\n    {", "public static double Sigmoid(double z)\n    {\n        if (!double.IsNaN(z)) { return Down(z, 0); }", StringComparison.Ordinal);
        recursion.Should().Contain("return Down(z, 0);");

        var grade = fixture.GradeReferenceWith("fair-stack-overflow-trace", new Dictionary<string, string> { [sigmoid] = recursion });

        var exercise = GradingFixture.Exercise(grade, "Activations.Sigmoid");
        exercise.Points.Should().Be(0);
        exercise.Problem.Should().StartWith("crashed").And.Contain("with a stack overflow (a recursion without end?)").And.NotContain("printed");
        fixture.ShouldCostNothingBut(grade, "Activations.Sigmoid");
    }

    [Fact]
    public void A_line_directive_changes_neither_whom_an_error_blames_nor_the_runs_it_costs()
    {
        const string directive = "#line 1 \"exercises/Level2_CrossEntropyAndKl/KlDivergence.cs\"";
        // A statement no other test compiles: a run another test already asked for would be answered from the cache
        // for the plain file only, and the two counts would differ for that reason alone.
        var broken = fixture.SolutionWithFirstStatement(EntropyFile, EntropySignature, "this is not C# at all;");
        var disguised = fixture.SolutionWithFirstStatement(EntropyFile, EntropySignature, "\n" + directive + "\n        this is not C# at all;");

        var plainRuns = fixture.Runner.RunsAsked;
        fixture.GradeReferenceWith("fair-line-plain", new Dictionary<string, string> { [EntropyFile] = broken });
        plainRuns = fixture.Runner.RunsAsked - plainRuns;
        var disguisedRuns = fixture.Runner.RunsAsked;
        var withDirective = fixture.GradeReferenceWith("fair-line-directive", new Dictionary<string, string> { [EntropyFile] = disguised });
        disguisedRuns = fixture.Runner.RunsAsked - disguisedRuns;

        var exercise = GradingFixture.Exercise(withDirective, "Information.Entropy");
        exercise.State.Should().Be(ExerciseState.NotRun);
        exercise.Problem.Should().StartWith("does not compile").And.Contain($"exercises/{EntropyFile}({GradingFixture.LineOf(disguised, "this is not C#")}").And.NotContain("KlDivergence.cs");
        fixture.ShouldCostNothingBut(withDirective, "Information.Entropy");
        disguisedRuns.Should().Be(plainRuns, "the error blames the same file, so grading asks for the same runs");
    }
}
