using System.Globalization;
using LossKata.Cli.Learner;
using LossKata.Grading;

namespace LossKata.Cli.Commands;

/// <summary>Puts one exercise's stub back, after asking, keeping the learner's version as a backup.</summary>
public sealed class ResetCommand : ICommand
{
    public string Name => "reset";

    public string Summary => "put one exercise's stub back (asks first; keeps a backup of your version)";

    public string Usage => """
        usage: reset <exercise> [--yes]

          <exercise>   an id (Information.Entropy), a member (Entropy) or a file (Level1_Entropy/Entropy.cs)
          --yes        do not ask

        Your version is saved to .losskata/backups/ first. The stub written back is the file as shipped, byte for
        byte, whatever you committed since: tests/exercises.json records its git blob id, and git finds it in the
        repository's history.
        """;

    public int Run(IReadOnlyList<string> arguments)
    {
        var options = new Arguments(arguments, new HashSet<string> { "yes" });
        var root = Repository.Find(options.Text("repository"));
        var yes = options.Flag("yes");
        options.RejectUnknown();
        if (options.Positional.Count != 1)
        {
            throw new UsageException("Name one exercise, e.g. reset Information.Entropy.");
        }

        CatalogExercise exercise;
        try
        {
            exercise = Catalog.Load(root).Find(options.Positional[0]);
        }
        catch (ArgumentException problem)
        {
            throw new UsageException(problem.Message);
        }

        var path = Path.Combine(root, "exercises", exercise.File);
        var (stub, missing) = ShippedStubs.Read(root, exercise);
        if (stub is null)
        {
            Console.Error.WriteLine($"Cannot reset {exercise.Id}: {missing}");
            return 1;
        }

        var current = File.Exists(path) ? File.ReadAllBytes(path) : null;
        if (current is not null && current.AsSpan().SequenceEqual(stub))
        {
            Console.WriteLine($"exercises/{exercise.File} is already the stub.");
            return 0;
        }

        var backup = Path.Combine(Repository.StateFolder(root), "backups",
            Path.ChangeExtension(exercise.File, null) + "." + DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + ".cs");
        if (!yes)
        {
            Console.Write($"Replace exercises/{exercise.File} with the stub of {exercise.Id}? Your version will be kept in {Path.GetRelativePath(root, backup)}. [y/N] ");
            var answer = Console.ReadLine()?.Trim();
            if (!string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) && !string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase))
            {
                Console.WriteLine("Nothing changed.");
                return 1;
            }
        }

        if (current is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(backup)!);
            File.WriteAllBytes(backup, current);
            Console.WriteLine($"Your version: {Path.GetRelativePath(root, backup)}");
        }

        File.WriteAllBytes(path, stub);
        Console.WriteLine($"exercises/{exercise.File} is the stub again.");
        return 0;
    }
}
