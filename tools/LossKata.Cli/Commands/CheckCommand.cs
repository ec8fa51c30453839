using System.CommandLine;
using LossKata.Cli.Learner;
using LossKata.Course;
using LossKata.Grading;

namespace LossKata.Cli.Commands;

/// <summary>Runs the suite against the learner's exercises/ and prints progress by level; see docs/learner-tools.md.</summary>
public sealed class CheckCommand : LossKataCommand
{
    private readonly Option<int?> level = CommandOptions.OptionalInteger("--level", "N", "check one level only", minimum: 1);
    private readonly Option<int> timeLimit = TimeLimitOption.Create();
    private readonly Option<string> format = CommandOptions.Choice("--format", "text, or json: the same report as grade --format json", "text", "json");
    private readonly Option<bool> all = CommandOptions.EveryFailure();
    private readonly Option<string?> repository = CommandOptions.Repository();

    public CheckCommand()
        : base("check", "run the tests against your exercises: progress by level and the first failing test", """
            Grades exercises/ exactly as grade grades a submission: each exercise on its own, with the reference for
            every other, so a mistake in one costs only that one. Prints, by level and exercise, not started / failing /
            passed with points, then the first failing test — one whose message names your mistake if any does, a worked
            example before a property's counterexample, the order grade's reports use — with what your code printed,
            the file to edit and the doc page; --all lists every failing test too. Results are cached by content: with
            nothing changed check answers at once, and after an edit only the edited exercise's tests run again.
            Exit code 0 only when every started exercise passes.
            """)
    {
        Options.Add(level);
        Options.Add(timeLimit);
        Options.Add(format);
        Options.Add(all);
        Options.Add(repository);
    }

    protected override int Execute(ParseResult parsed)
    {
        var root = Repository.Find(parsed.GetValue(repository));
        var chosenLevel = parsed.GetValue(level);
        var limit = TimeSpan.FromSeconds(parsed.GetValue(timeLimit));
        using var runner = SuiteRunner.Create(root, message => Console.Error.WriteLine(message));
        var progress = new Progress(root, runner);
        var grade = progress.Check(chosenLevel, limit);
        if (parsed.GetValue(format) == "json")
        {
            Console.WriteLine(Reports.Write(grade, ReportFormat.Json));
            return Progress.ExitCode(grade);
        }

        return progress.Print(grade, Console.Out, parsed.GetValue(all));
    }
}
