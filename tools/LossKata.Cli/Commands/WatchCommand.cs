using System.CommandLine;
using LossKata.Cli.Learner;
using LossKata.Course;
using LossKata.Grading;

namespace LossKata.Cli.Commands;

/// <summary>Re-runs <c>check</c> whenever a file under exercises/ is saved, by polling (works on every file system).</summary>
public sealed class WatchCommand : LossKataCommand
{
    private readonly Option<int?> level = CommandOptions.OptionalInteger("--level", "N", "watch one level only", minimum: 1);
    private readonly Option<int> timeLimit = TimeLimitOption.Create();
    private readonly Option<int> interval = CommandOptions.Integer("--interval", "MS", "how often to look for saved files, in milliseconds", 500, minimum: 50);
    private readonly Option<bool> all = CommandOptions.EveryFailure();
    private readonly Option<string?> repository = CommandOptions.Repository();

    public WatchCommand()
        : base("watch", "check again each time you save a file under exercises/ (Ctrl+C to stop)", """
            Polls exercises/**/*.cs for changes (sizes and modification times), so it works where file events do not
            (network drives, containers, WSL); a burst of saves is run once, when the files have been quiet for a moment.
            """)
    {
        Options.Add(level);
        Options.Add(timeLimit);
        Options.Add(interval);
        Options.Add(all);
        Options.Add(repository);
    }

    protected override int Execute(ParseResult parsed)
    {
        var root = Repository.Find(parsed.GetValue(repository));
        var chosenLevel = parsed.GetValue(level);
        var limit = TimeSpan.FromSeconds(parsed.GetValue(timeLimit));
        var pollEvery = TimeSpan.FromMilliseconds(parsed.GetValue(interval));
        var everyFailure = parsed.GetValue(all);

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, press) =>
        {
            press.Cancel = true;
            stop.Cancel();
        };
        using var runner = SuiteRunner.Create(root, message => Console.Error.WriteLine(message));
        var progress = new Progress(root, runner);
        var watcher = new FolderPoller(Path.Combine(root, "exercises"), "*.cs", pollEvery);
        // While the learner reads and edits, get the compiler ready, so the verdict after a save comes in seconds.
        var warm = Task.Run(runner.WarmUp, CancellationToken.None);
        while (!stop.IsCancellationRequested)
        {
            if (!Console.IsOutputRedirected)
            {
                Console.Clear();
            }

            Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] checking ...");
            progress.Print(progress.Check(chosenLevel, limit), Console.Out, everyFailure);
            Console.WriteLine();
            Console.WriteLine("Watching exercises/ — save a file to check again, Ctrl+C to stop.");
            if (!watcher.WaitForChange(stop.Token))
            {
                break;
            }
        }

        warm.Wait(CancellationToken.None);
        return 0;
    }
}
