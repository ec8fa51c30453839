using LossKata.Cli.Learner;
using LossKata.Grading;

namespace LossKata.Cli.Commands;

/// <summary>Runs the suite against the learner's exercises/ and prints progress by level; see docs/learner-tools.md.</summary>
public sealed class CheckCommand : ICommand
{
    public string Name => "check";

    public string Summary => "run the tests against your exercises: progress by level and the first failing test";

    public string Usage => """
        usage: check [--level N] [--time-limit S] [--repository DIR]

          --level N        check one level only
          --time-limit S   stop the tests after S seconds (default 120)

        Prints, by level and exercise, not started / failing / passed with points, then the first failing test:
        its message, the file and member to edit and the doc page. Exit code 0 only when every started exercise passes.
        """;

    public int Run(IReadOnlyList<string> arguments)
    {
        var options = new Arguments(arguments, new HashSet<string>());
        var root = Repository.Find(options.Text("repository"));
        var level = options.Integer("level", 1);
        var timeLimit = TimeSpan.FromSeconds(options.Integer("time-limit", 1) ?? 120);
        options.RejectUnknown();
        using var runner = SuiteRunner.Create(root, message => Console.Error.WriteLine(message));
        return new Progress(root, runner).CheckAndPrint(level, timeLimit, Console.Out);
    }
}
