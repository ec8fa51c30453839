using System.CommandLine;
using System.Globalization;
using LossKata.Cli.Learner;
using LossKata.Course;

namespace LossKata.Cli.Commands;

/// <summary>Puts one exercise's stub back, after asking, keeping the learner's version as a backup.</summary>
public sealed class ResetCommand : LossKataCommand
{
    private readonly Argument<string?> exerciseName = CommandOptions.Exercise();
    private readonly Option<bool> yes = new("--yes") { Description = "do not ask" };
    private readonly Option<string?> repository = CommandOptions.Repository();

    public ResetCommand()
        : base("reset", "put one exercise's stub back (asks first; keeps a backup of your version)", """
            Your version is saved to .losskata/backups/ first. The stub written back is the file as shipped, byte for
            byte, whatever you committed since: course.json records its git blob id, and git finds it in the
            repository's history.
            """)
    {
        Arguments.Add(exerciseName);
        Options.Add(yes);
        Options.Add(repository);
    }

    protected override int Execute(ParseResult parsed)
    {
        var root = Repository.Find(parsed.GetValue(repository));
        var named = parsed.GetValue(exerciseName) ?? throw new UsageException("Name one exercise, e.g. reset Information.Entropy.");
        var noQuestions = parsed.GetValue(yes);
        CourseExercise exercise;
        try
        {
            exercise = CourseManifest.Load(root).Find(named);
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
        if (!noQuestions)
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
