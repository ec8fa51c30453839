using LossKata.Cli.Learner;
using LossKata.Grading;

namespace LossKata.Cli.Commands;

/// <summary>Shows one more hint for an exercise each time it is asked.</summary>
public sealed class HintCommand : ICommand
{
    public string Name => "hint";

    public string Summary => "one more hint for an exercise each time you ask (hint --reset to start over)";

    public string Usage => """
        usage: hint <exercise>
               hint --reset [<exercise>]

          <exercise>   an id (Information.Entropy), a member (Entropy) or a file (Level1_Entropy/Entropy.cs)
          --reset      forget the hints you have seen, of one exercise or of all

        Hints live beside each exercise in exercises/LevelN_Topic/<Exercise>.hints.md; each time you ask, one more
        is shown, from a nudge to nearly the answer.
        """;

    public int Run(IReadOnlyList<string> arguments)
    {
        var options = new Arguments(arguments, new HashSet<string> { "reset" });
        var root = Repository.Find(options.Text("repository"));
        var reset = options.Flag("reset");
        options.RejectUnknown();
        var catalog = Catalog.Load(root);
        var hints = new Hints(root);
        if (options.Positional.Count > 1 || (options.Positional.Count == 0 && !reset))
        {
            throw new UsageException("Name one exercise, e.g. hint Information.Entropy.");
        }

        var exercise = options.Positional.Count == 1 ? Find(catalog, options.Positional[0]) : null;
        if (reset)
        {
            hints.Reset(exercise?.Id);
            Console.WriteLine(exercise is null ? "Forgot every hint you had seen." : $"Forgot the hints you had seen for {exercise.Id}.");
            return 0;
        }

        var file = Path.Combine(root, "exercises", Hints.FileOf(exercise!.File));
        if (!File.Exists(file))
        {
            Console.WriteLine($"{exercise.Id} has no hints yet (exercises/{Hints.FileOf(exercise.File)}). Read {catalog.Level(exercise.Level).Doc} and the comment above the stub.");
            return 1;
        }

        var all = Hints.Parse(File.ReadAllText(file));
        var alreadySeen = hints.Seen(exercise.Id);
        var seen = hints.ShowOneMore(exercise.Id, all.Count);
        for (var i = 0; i < seen; i++)
        {
            Console.WriteLine($"Hint {i + 1} of {all.Count} — {all[i].Title}");
            Console.WriteLine();
            Console.WriteLine(all[i].Text);
            Console.WriteLine();
        }

        Console.WriteLine(alreadySeen >= all.Count
            ? $"That was the last hint. Still stuck? Re-read {catalog.Level(exercise.Level).Doc}; after your tests pass, compare with solutions/{exercise.File}."
            : seen < all.Count ? $"Ask again for hint {seen + 1}." : "That was the last hint.");
        return 0;
    }

    private static CatalogExercise Find(Catalog catalog, string name)
    {
        try
        {
            return catalog.Find(name);
        }
        catch (ArgumentException problem)
        {
            throw new UsageException(problem.Message);
        }
    }
}
