using LossKata.Cli.Training;

namespace LossKata.Cli.Tests.Training;

/// <summary><c>train --implementation exercises</c> builds the learner's program only when an input of that build
/// changed, decided by content: a save that changes nothing, or a touch, costs no build; an edit does.</summary>
public sealed class ExercisesBuildTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("losskata-exercises-build-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_program_built_from_the_same_inputs_is_up_to_date_and_an_edit_or_another_build_is_not()
    {
        Write("exercises/Level1_Entropy/Entropy.cs", "// the learner's entropy");
        Write("common/Guard.cs", "// guard");
        Write("Directory.Packages.props", "<Project />");
        var build = new ExercisesBuild(root, "Release");
        build.UpToDate().Should().BeFalse("nothing was built yet");

        Write(Path.GetRelativePath(root, build.Program), "the program");
        build.Built();
        build.UpToDate().Should().BeTrue("nothing changed since the build");

        File.SetLastWriteTimeUtc(Path.Combine(root, "exercises/Level1_Entropy/Entropy.cs"), DateTime.UtcNow.AddMinutes(5));
        Write("exercises/Level1_Entropy/obj/Generated.cs", "// the build's own output");
        build.UpToDate().Should().BeTrue("a touch, or the build's own bin/ and obj/, change no input's content");

        Write("exercises/Level1_Entropy/Entropy.cs", "// the learner's entropy, edited");
        build.UpToDate().Should().BeFalse("an edit to exercises/ must be built");
        build.Built();
        build.UpToDate().Should().BeTrue();

        Write("Directory.Packages.props", "<Project><!-- another version --></Project>");
        build.UpToDate().Should().BeFalse("a build file is an input too");
        build.Built();

        Write(Path.GetRelativePath(root, build.Program), "the program, built by the learner's own dotnet build");
        build.UpToDate().Should().BeFalse("the record vouches only for the program file that build left");

        File.Delete(build.Program);
        build.UpToDate().Should().BeFalse("a deleted program is built again");
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
