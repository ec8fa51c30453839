namespace LossKata.Docs.Tests;

/// <summary>The link check resolves targets as GitHub does, on a small repository written for the test.</summary>
public sealed class RelativeLinksTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("losskata-docs-").FullName;

    public RelativeLinksTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "docs", "figures"));
        File.WriteAllText(Path.Combine(root, "docs", "figures", "race.svg"), "<svg/>");
        File.WriteAllText(Path.Combine(root, "docs", "level 1.md"), "# Level 1 — Entropy\n\n## Worked numbers\n\n## Pitfalls\n\n## Pitfalls\n\n<a id=\"custom\"></a>\n");
        File.WriteAllText(Path.Combine(root, "README.md"), "# Top\n");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData("[next](level%201.md)")]
    [InlineData("![race](figures/race.svg)")]
    [InlineData("[up](../README.md) and [root](/README.md) and [folder](figures/)")]
    [InlineData("[with a title](figures/race.svg \"The race\")")]
    [InlineData("[angle](<level 1.md>)")]
    [InlineData("[heading](level%201.md#worked-numbers), [em dash](level%201.md#level-1--entropy), [repeat](level%201.md#pitfalls-1), [html](level%201.md#custom)")]
    [InlineData("[web](https://example.com/x.md) [mail](mailto:a@b.c) [here](#)")]
    [InlineData("## Own heading\n\n[same page](#own-heading)")]
    [InlineData("<img src=\"figures/race.svg\" alt=\"race\">")]
    [InlineData("[ref]: figures/race.svg")]
    [InlineData("`[code](missing.md)` and\n\n```\n[fenced](missing.md)\n```")]
    public void Links_to_what_exists_are_not_reported(string markdown)
    {
        Broken(markdown).Should().BeEmpty();
    }

    [Theory]
    [InlineData("See [the page](level-1.md).", "level-1.md", "docs/level-1.md")]
    [InlineData("![figure](figures/missing.svg)", "figures/missing.svg", "docs/figures/missing.svg")]
    [InlineData("<img src=\"figures/gone.png\">", "figures/gone.png", "docs/figures/gone.png")]
    [InlineData("[ref]: ../common/Guard.cs", "../common/Guard.cs", "common/Guard.cs")]
    [InlineData("[anchor](level%201.md#no-such-heading)", "level%201.md#no-such-heading", "#no-such-heading")]
    [InlineData("[out](../../elsewhere.md)", "../../elsewhere.md", "out of the repository")]
    public void A_broken_link_is_reported_with_its_line_and_target(string markdown, string destination, string problem)
    {
        var finding = Broken("Some text.\n" + markdown).Should().ContainSingle().Subject;

        finding.Line.Should().Be(2);
        finding.Problem.Should().Contain(destination).And.Contain(problem);
        finding.ToString().Should().StartWith("docs/page.md:2: ");
    }

    private List<Finding> Broken(string markdown)
    {
        File.WriteAllText(Path.Combine(root, "docs", "page.md"), markdown);
        return new RelativeLinks(root).BrokenLinks(MarkdownFile.Parse("docs/page.md", markdown)).ToList();
    }
}
