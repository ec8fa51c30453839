using System.CommandLine;
using LossKata.Cli.Learner;
using LossKata.Course;

namespace LossKata.Cli.Commands;

/// <summary>Shows one more hint for an exercise each time it is asked.</summary>
public sealed class HintCommand : LossKataCommand
{
    private readonly Argument<string?> exerciseName = CommandOptions.Exercise();
    private readonly Option<bool> reset = new("--reset") { Description = "forget the hints you have seen, of one exercise or of all" };
    private readonly Option<string?> repository = CommandOptions.Repository();

    public HintCommand()
        : base("hint", "one more hint for an exercise each time you ask (hint --reset to start over)", """
            Hints live beside each exercise in exercises/LevelN_Topic/<Exercise>.hints.md; each time you ask, one more
            is shown, from a nudge to nearly the answer. Their maths is printed as plain text (Σᵢ pᵢ log pᵢ); the file
            itself, as GitHub shows it, has the typeset formulas.
            """)
    {
        Arguments.Add(exerciseName);
        Options.Add(reset);
        Options.Add(repository);
    }

    protected override int Execute(ParseResult parsed)
    {
        var root = Repository.Find(parsed.GetValue(repository));
        var named = parsed.GetValue(exerciseName);
        var forget = parsed.GetValue(reset);
        if (named is null && !forget)
        {
            throw new UsageException("Name one exercise, e.g. hint Information.Entropy.");
        }

        var course = CourseManifest.Load(root);
        var hints = new Hints(root);
        var exercise = named is null ? null : Find(course, named);
        if (forget)
        {
            hints.Reset(exercise?.Id);
            Console.WriteLine(exercise is null ? "Forgot every hint you had seen." : $"Forgot the hints you had seen for {exercise.Id}.");
            return 0;
        }

        var file = Path.Combine(root, "exercises", exercise!.HintsFile);
        if (!File.Exists(file))
        {
            Console.WriteLine($"{exercise.Id} has no hints yet (exercises/{exercise.HintsFile}). Read {course.Level(exercise.Level).Doc} and the comment above the stub.");
            return 1;
        }

        var all = Hints.Parse(File.ReadAllText(file));
        var alreadySeen = hints.Seen(exercise.Id);
        var seen = hints.ShowOneMore(exercise.Id, all.Count);
        for (var i = 0; i < seen; i++)
        {
            Console.WriteLine($"Hint {i + 1} of {all.Count} — {TerminalMaths.Render(all[i].Title)}");
            Console.WriteLine();
            Console.WriteLine(TerminalMaths.Render(all[i].Text));
            Console.WriteLine();
        }

        Console.WriteLine(alreadySeen >= all.Count
            ? $"That was the last hint. Still stuck? Re-read {course.Level(exercise.Level).Doc}; after your tests pass, compare with solutions/{exercise.File}."
            : seen < all.Count ? $"Ask again for hint {seen + 1}." : "That was the last hint.");
        return 0;
    }

    private static CourseExercise Find(CourseManifest course, string name)
    {
        try
        {
            return course.Find(name);
        }
        catch (ArgumentException problem)
        {
            throw new UsageException(problem.Message);
        }
    }
}
