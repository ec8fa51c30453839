using LossKata.Grading;

namespace LossKata.Repository.Tests;

/// <summary>The reference solutions are written the way learners are asked to write: every file of solutions/, graded as
/// if it were a learner's, keeps the grader's <see cref="CodeRules"/>, so the allow-list refuses nothing the
/// reference style needs.</summary>
public sealed class ReferenceCodeRulesTests
{
    /// <summary>Matches no test: only the compile, with the code rules, is wanted.</summary>
    private static readonly RunFilter NoTests = new(ExerciseId: "none-only-the-code-rules");

    [Fact]
    public void Every_reference_solution_keeps_the_code_rules_of_exercise_code()
    {
        var root = LossKata.Course.Repository.Find();
        using var runner = SuiteRunner.Create(root);
        var solutions = Path.Combine(root, "solutions");
        var files = Directory.EnumerateFiles(solutions, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(solutions, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj"))
            .ToDictionary(path => path, path => File.ReadAllText(Path.Combine(solutions, path)));
        files.Keys.Should().Contain(runner.Course.Exercises.Select(e => e.File), "every exercise has its reference solution");
        var reference = new ImplementationVariant(files);

        var run = runner.Run(reference, NoTests, TimeSpan.FromMinutes(5));

        run.Status.Should().NotBe(RunStatus.CompileError, "solutions/, read as learner code, must keep the code rules:\n{0}", run.Detail);
        run.Status.Should().Be(RunStatus.Completed, "the compiled reference loads and the runner finds no test to run: {0}", run.Detail);
        run.Tests.Should().BeEmpty();
    }
}
