namespace LossKata.Cli.Training;

/// <summary>
/// A one-line progress bar redrawn in place with a carriage return, shown only when the output is a terminal
/// (a redirected output gets the progress lines alone). <see cref="WriteLine"/> clears the bar first, so log
/// lines and the bar do not mix.
/// </summary>
internal sealed class ProgressBar(int totalSteps)
{
    private const int Width = 30;
    private readonly bool visible = !Console.IsOutputRedirected;
    private int shownLength;

    public void Show(int step, string status)
    {
        if (!visible)
        {
            return;
        }

        var filled = (int)((long)Width * step / totalSteps);
        var line = $"[{new string('#', filled)}{new string('.', Width - filled)}] {100.0 * step / totalSteps,3:0}%  {status}";
        Console.Write('\r' + line.PadRight(shownLength));
        shownLength = line.Length;
    }

    public void WriteLine(string line)
    {
        Clear();
        Console.WriteLine(line);
    }

    public void Clear()
    {
        if (visible && shownLength > 0)
        {
            Console.Write('\r' + new string(' ', shownLength) + '\r');
            shownLength = 0;
        }
    }
}
