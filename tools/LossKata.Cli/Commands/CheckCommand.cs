using LossKata.Cli.Learner;
using LossKata.Grading;

namespace LossKata.Cli.Commands;

/// <summary>Runs the suite against the learner's exercises/ and prints progress by level; see docs/learner-tools.md.</summary>
public sealed class CheckCommand : ICommand
{
    public string Name => "check";

    public string Summary => "run the tests against your exercises: progress by level and the first failing test";

    public string Usage => """
        usage: check [--level N] [--time-limit S] [--format text|json] [--repository DIR]

          --level N        check one level only
          --time-limit S   stop an exercise's tests after S seconds (default 60)
          --format F       text (default), or json: the same report as grade --format json

        Grades exercises/ exactly as grade grades a submission: each exercise on its own, with the reference for
        every other, so a mistake in one costs only that one. Prints, by level and exercise, not started / failing /
        passed with points, then the first failing test: its message, what your code printed, the file to edit and
        the doc page. Only exercises edited since the last check run again. Exit code 0 only when every started
        exercise passes.
        """;

    public int Run(IReadOnlyList<string> arguments)
    {
        var options = new Arguments(arguments, new HashSet<string>());
        var root = Repository.Find(options.Text("repository"));
        var level = options.Integer("level", 1);
        var timeLimit = TimeSpan.FromSeconds(options.Integer("time-limit", 1) ?? (int)GradingOptions.DefaultTimeLimit.TotalSeconds);
        var format = options.Text("format") ?? "text";
        options.RejectUnknown();
        if (format is not ("text" or "json"))
        {
            throw new UsageException($"--format takes text or json, not '{format}'.");
        }

        using var runner = SuiteRunner.Create(root, message => Console.Error.WriteLine(message));
        var progress = new Progress(root, runner);
        var grade = progress.Check(level, timeLimit);
        if (format == "json")
        {
            Console.WriteLine(Reports.Write(grade, ReportFormat.Json));
            return grade.Levels.SelectMany(l => l.Exercises).All(e => e.State is ExerciseState.Passed or ExerciseState.NotStarted) ? 0 : 1;
        }

        return progress.Print(grade, Console.Out);
    }
}
