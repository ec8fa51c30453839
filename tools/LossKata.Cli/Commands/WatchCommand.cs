using LossKata.Cli.Learner;
using LossKata.Grading;

namespace LossKata.Cli.Commands;

/// <summary>Re-runs <c>check</c> whenever a file under exercises/ is saved, by polling (works on every file system).</summary>
public sealed class WatchCommand : ICommand
{
    public string Name => "watch";

    public string Summary => "check again each time you save a file under exercises/ (Ctrl+C to stop)";

    public string Usage => """
        usage: watch [--level N] [--time-limit S] [--interval MS] [--repository DIR]

          --level N        watch one level only
          --interval MS    how often to look for saved files (default 500 ms)

        Polls exercises/**/*.cs for changes (sizes and modification times), so it works where file events do not
        (network drives, containers, WSL); a burst of saves is run once, when the files have been quiet for a moment.
        """;

    public int Run(IReadOnlyList<string> arguments)
    {
        var options = new Arguments(arguments, new HashSet<string>());
        var root = Repository.Find(options.Text("repository"));
        var level = options.Integer("level", 1);
        var timeLimit = TimeSpan.FromSeconds(options.Integer("time-limit", 1) ?? (int)GradingOptions.DefaultTimeLimit.TotalSeconds);
        var interval = TimeSpan.FromMilliseconds(options.Integer("interval", 50) ?? 500);
        options.RejectUnknown();

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, press) =>
        {
            press.Cancel = true;
            stop.Cancel();
        };
        using var runner = SuiteRunner.Create(root, message => Console.Error.WriteLine(message));
        var progress = new Progress(root, runner);
        var watcher = new FolderPoller(Path.Combine(root, "exercises"), "*.cs", interval);
        while (!stop.IsCancellationRequested)
        {
            if (!Console.IsOutputRedirected)
            {
                Console.Clear();
            }

            Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] checking ...");
            progress.Print(progress.Check(level, timeLimit), Console.Out);
            Console.WriteLine();
            Console.WriteLine("Watching exercises/ — save a file to check again, Ctrl+C to stop.");
            if (!watcher.WaitForChange(stop.Token))
            {
                break;
            }
        }

        return 0;
    }
}
