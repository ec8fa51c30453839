using System.Globalization;
using LossKata.Grading;

namespace LossKata.Cli.Training;

/// <summary>
/// Whether the exercises' program (tools/LossKata.Cli.Exercises) must be built again, decided by content as a build
/// system would, so that <c>train --implementation exercises</c> pays for a build only after a change: the SHA-256 of
/// every input of that build — the learner's exercises/, common/, the program's sources and the ones it links, the
/// build files, the data it copies — is recorded beside the program after each build. The same inputs, and the
/// program file as that build left it, mean there is nothing to build.
/// </summary>
internal sealed class ExercisesBuild(string root, string configuration)
{
    public string Configuration => configuration;

    /// <summary>Folders (relative to the repository) every file of which, outside bin/ and obj/, is an input.</summary>
    private static readonly string[] InputFolders =
    [
        "exercises", "common", "data", Path.Combine("tools", "LossKata.Cli"), Path.Combine("tools", "LossKata.Cli.Exercises"),
        Path.Combine("tests", "Suite", "Infrastructure"),
    ];

    /// <summary>Single files (relative to the repository) that are inputs: the build files, and the grader's files the program links.</summary>
    private static readonly string[] InputFiles =
    [
        "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", ".editorconfig", "nuget.config",
        Path.Combine("tools", "LossKata.Grading", "CacheFolder.cs"), Path.Combine("tools", "LossKata.Grading", "Hashing.cs"),
    ];

    private static readonly string[] OutputFolders = ["bin", "obj"];

    public string Project => Path.Combine(root, "tools", "LossKata.Cli.Exercises");

    /// <summary>The built program, where <c>dotnet build</c> of <see cref="Project"/> puts it.</summary>
    public string Program => Path.Combine(Project, "bin", configuration, "net10.0", "losskata-exercises.dll");

    private string Record => Program + ".inputs";

    /// <summary>Whether the program was built by <see cref="Built"/> from inputs with the content they have now.</summary>
    public bool UpToDate() =>
        File.Exists(Program) && File.Exists(Record) && File.ReadAllText(Record) == Stamp();

    /// <summary>Records that the program has just been built from the inputs as they are now.</summary>
    public void Built() => File.WriteAllText(Record, Stamp());

    /// <summary>The inputs' fingerprint, and the program file's size and time (a build by other means — the
    /// learner's own <c>dotnet build</c> — changes those, so the record no longer vouches for the file).</summary>
    private string Stamp()
    {
        var program = new FileInfo(Program);
        var written = program.Exists ? program.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture) : "none";
        return $"{InputsHash()}\n{(program.Exists ? program.Length : -1)}\n{written}";
    }

    private string InputsHash() =>
        Hashing.OfFiles(InputFolders.SelectMany(folder => FilesUnder(Path.Combine(root, folder)))
            .Concat(InputFiles.Select(file => Path.Combine(root, file)).Where(File.Exists))
            .Select(path => new KeyValuePair<string, byte[]>(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllBytes(path))));

    private static IEnumerable<string> FilesUnder(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Concat(Directory.EnumerateDirectories(folder)
                .Where(sub => !OutputFolders.Contains(Path.GetFileName(sub)))
                .SelectMany(FilesUnder))
            : [];
}
