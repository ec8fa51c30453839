using System.CommandLine;
using System.Runtime.InteropServices;
using LossKata.Cli.Learner;
using LossKata.Course;
using LossKata.Explore;

namespace LossKata.Cli.Commands;

/// <summary>Serves the loss explorer, a page where each value is computed by the learner's exercises/ beside the
/// reference; see docs/learner-tools.md.</summary>
public sealed class ExploreCommand : LossKataCommand
{
    private readonly Option<int> port = CommandOptions.Integer("--port", "P", "the port on 127.0.0.1 (default: a free one)", 0, minimum: 0);
    private readonly Option<int> timeLimit = CommandOptions.Integer(
        "--time-limit", "S", "stop your code when one view takes it longer than S seconds", 5, minimum: 1);
    private readonly Option<string?> repository = CommandOptions.Repository();

    public ExploreCommand()
        : base("explore", "a page in your browser where you drag logits and watch your losses and gradients beside the reference", """
            Serves one page on http://127.0.0.1 (nothing is reachable from another machine) and prints its address;
            Ctrl+C stops it. Four views: logits → losses, binary, the race, entropy and KL. Each value is computed by
            the reference (solutions/) and by your exercises/, each function given the same input: not started shows
            the reference alone, a throw shows its message, a difference beyond 1e-9 is highlighted. Your code is
            rebuilt when you save a file under exercises/; it runs in a separate process, so an endless loop or a
            crash is reported on the page.
            """)
    {
        Options.Add(port);
        Options.Add(timeLimit);
        Options.Add(repository);
    }

    protected override int Execute(ParseResult parsed)
    {
        var options = new ExploreOptions(Repository.Find(parsed.GetValue(repository)), parsed.GetValue(port), TimeSpan.FromSeconds(parsed.GetValue(timeLimit)));
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, pressed) =>
        {
            pressed.Cancel = true;
            stop.Cancel();
        };
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });

        ExploreServer server;
        try
        {
            server = ExploreServer.Start(options).GetAwaiter().GetResult();
        }
        catch (IOException listening)
        {
            Console.Error.WriteLine($"Could not serve on 127.0.0.1:{options.Port}: {listening.Message} Choose another --port, or leave it out for a free one.");
            return 1;
        }

        Console.WriteLine($"LossKata explorer: {server.Address} (Ctrl+C stops it)");
        Console.WriteLine("Your exercises/ are built in the background; the page shows the reference alone until they are.");
        server.WaitUntil(stop.Token).GetAwaiter().GetResult();
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Console.WriteLine("Explorer stopped.");
        return 0;
    }
}
