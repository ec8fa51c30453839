using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LossKata.Explore.Tests;

/// <summary><c>losskata explore --port P</c> as a learner runs it, on a copy of the repository as shipped: the address
/// it prints serves the page with the reference's numbers, to this machine's names only, and SIGTERM (as Ctrl+C) stops
/// it cleanly.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly string repository = Path.Combine(Path.GetTempPath(), "losskata-explore-command-" + Guid.NewGuid().ToString("N")[..8]);

    public CommandTests() => RepositoryCopy.Make(LossKata.Course.Repository.Find(), repository);

    [Fact]
    public async Task It_serves_the_tutorials_example_on_the_chosen_port_of_127_0_0_1_until_stopped()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "losskata.dll"), "explore", "--port", port.ToString(), "--repository", repository])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var explorer = Process.Start(start)!;
        var errors = explorer.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            var announced = await explorer.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken);
            announced.Should().Be($"LossKata explorer: http://127.0.0.1:{port}/ (Ctrl+C stops it)");

            using (var browser = new Browser())
            {
                browser.Open(new Uri($"http://127.0.0.1:{port}/"));
                browser.Text("#logits-row-crossEntropy td.reference").Should().Be("0.916291", "the reference's cross-entropy of level 5's hesitant model");
                browser.Text("#logits-row-mse td.reference").Should().Be("0.099");
            }

            using (var http = new HttpClient())
            {
                using var rebound = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/api/learner") { Headers = { Host = $"attacker.example:{port}" } };
                (await http.SendAsync(rebound, TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.BadRequest,
                    "a page that points a name of its own at 127.0.0.1 must not reach the learner's code");
            }

            using var terminate = Process.Start("kill", ["-TERM", explorer.Id.ToString()]);
            await terminate.WaitForExitAsync(TestContext.Current.CancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            limit.CancelAfter(TimeSpan.FromSeconds(60));
            await explorer.WaitForExitAsync(limit.Token);
            explorer.ExitCode.Should().Be(0, "a stop is not a failure (standard error: {0})", await errors);
            (await explorer.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken)).Should().Contain("Explorer stopped.");
        }
        finally
        {
            if (!explorer.HasExited)
            {
                explorer.Kill(entireProcessTree: true);
            }
        }
    }

    public void Dispose() => Directory.Delete(repository, recursive: true);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
