
namespace LossKata.Explore.Tests;

/// <summary>exercises/ that do not compile: the page shows the compiler's errors and the reference alone, and once the
/// learner saves a fix, their code is rebuilt and the page redraws with it.</summary>
public sealed class CompileErrorTests : IAsyncLifetime
{
    private static readonly TimeSpan Build = TimeSpan.FromMinutes(8);
    private readonly string repository = Path.Combine(Path.GetTempPath(), "losskata-explore-errors-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly Browser browser = new();
    private ExploreServer? server;

    private string EntropyFile => Path.Combine(repository, "exercises", "Level1_Entropy", "Entropy.cs");

    public async ValueTask InitializeAsync()
    {
        RepositoryCopy.Make(LossKata.Course.Repository.Find(), repository);
        await File.AppendAllTextAsync(EntropyFile, "\nnot C# at all\n");
        server = await ExploreServer.Start(new ExploreOptions(repository, Port: 0, ExplorerFixture.TimeLimit));
    }

    [Fact]
    public void The_compilers_errors_are_shown_with_the_reference_alone_until_a_fix_is_saved()
    {
        browser.Open(server!.Address);

        browser.WaitUntil(() => browser.Find("#learner-status").GetAttribute("data-state") == "failed", "the build to fail", Build);
        browser.Text("#learner-status").Should().Contain("do not compile").And.Contain("exercises/Level1_Entropy/Entropy.cs").And.Contain("error CS");
        browser.WaitUntil(() => browser.Find("#logits").GetAttribute("data-yours") == "unavailable", "the logits view drawn after the failed build");
        browser.Text("#logits-row-crossEntropy td.reference").Should().Be("0.916291", "the reference does not need the learner's code");
        browser.Text("#logits-row-crossEntropy td.yours").Should().Be("—");
        browser.Text("#logits .view-note").Should().Contain("do not compile");

        File.WriteAllText(EntropyFile, File.ReadAllText(Path.Combine(LossKata.Course.Repository.Find(), "exercises", "Level1_Entropy", "Entropy.cs")));

        browser.WaitUntil(() => browser.Find("#learner-status").GetAttribute("data-state") == "ready", "the rebuild after the fix", Build);
        browser.WaitUntil(() => browser.Find("#logits-row-crossEntropy").GetAttribute("data-status") == "not-started",
            "the page to redraw with the learner's code: cross-entropy is still the stub");
    }

    public async ValueTask DisposeAsync()
    {
        browser.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        Directory.Delete(repository, recursive: true);
    }
}
