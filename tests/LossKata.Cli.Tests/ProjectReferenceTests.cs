using System.Xml.Linq;
using LossKata.Course;

namespace LossKata.Cli.Tests;

/// <summary>The program's project file: the learner tools must build while the learner's exercises do not compile.</summary>
public sealed class ProjectReferenceTests
{
    private static IReadOnlyList<string> ProjectReferences(string project) =>
        [.. XDocument.Load(Path.Combine(Repository.Find(), project)).Descendants("ProjectReference")
            .Select(reference => ((string?)reference.Attribute("Include") ?? string.Empty).Replace('\\', '/'))];

    [Fact]
    public void The_program_references_the_solutions_and_not_the_exercises()
    {
        var references = ProjectReferences("tools/LossKata.Cli/LossKata.Cli.csproj");

        references.Should().Contain(r => r.EndsWith("solutions/LossKata.Solutions.csproj", StringComparison.Ordinal),
            "every command but train --implementation exercises works on the reference solutions");
        references.Should().NotContain(r => r.Contains("exercises", StringComparison.OrdinalIgnoreCase),
            "check, hint and the other learner tools must build and run while the learner's exercises do not compile; " +
            "train --implementation exercises runs tools/LossKata.Cli.Exercises instead");
    }

    [Fact]
    public void The_exercises_program_references_the_exercises_and_not_the_solutions()
    {
        var references = ProjectReferences("tools/LossKata.Cli.Exercises/LossKata.Cli.Exercises.csproj");

        references.Should().ContainSingle(r => r.EndsWith("exercises/LossKata.Exercises.csproj", StringComparison.Ordinal),
            "it compiles the training sources against the learner's exercises");
        references.Should().NotContain(r => r.Contains("solutions", StringComparison.OrdinalIgnoreCase),
            "both assemblies declare the same types, which would clash without aliases");
    }
}
