using Spectre.Console;

namespace LossKata.Cli.Training;

/// <summary>
/// Spectre.Console's progress bar while some work runs, shown only when the output is a terminal: a redirected
/// output (a log file, a pipe, a test) gets the work's own lines alone, not a bar redrawn hundreds of times.
/// </summary>
internal sealed class ConsoleProgress
{
    private readonly ProgressTask? task;

    private ConsoleProgress(ProgressTask? task) => this.task = task;

    /// <summary>Runs <paramref name="work"/> with a bar that goes from 0 to <paramref name="total"/> steps; the bar
    /// is removed when the work ends. Without a total (a download of unknown size) there is no bar.</summary>
    public static void Show(double? total, Action<ConsoleProgress> work)
    {
        if (total is not > 0 || Console.IsOutputRedirected)
        {
            work(new ConsoleProgress(null));
            return;
        }

        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new ProgressBarColumn(), new PercentageColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
            .Start(context => work(new ConsoleProgress(context.AddTask("starting", maxValue: total.Value))));
    }

    /// <summary>Moves the bar to <paramref name="done"/> steps, with <paramref name="status"/> beside it.</summary>
    public void Report(double done, string status)
    {
        if (task is not null)
        {
            task.Value = done;
            task.Description = Markup.Escape(status);
        }
    }

    /// <summary>Writes a line of output above the bar.</summary>
    public void WriteLine(string line)
    {
        if (task is null)
        {
            Console.WriteLine(line);
        }
        else
        {
            AnsiConsole.WriteLine(line);
        }
    }
}
