namespace LossKata.Docs.Tests;

/// <summary>Every Markdown file of the repository renders its maths on GitHub and links only to what exists.</summary>
public sealed class RepositoryMarkdownTests
{
    private static readonly RelativeLinks Links = new(Repository.Root);

    public static TheoryData<string> Files() => new(Repository.MarkdownFiles());

    [Fact]
    public void The_check_sees_the_learner_pages()
    {
        var files = Repository.MarkdownFiles();

        files.Should().Contain(["README.md", "data/README.md", "docs/level-1-entropy.md", "docs/level-8-training.md", "exercises/Level1_Entropy/Entropy.hints.md"],
            "the maths and link checks must run over the README, the level pages, data/README.md and the hints");
        files.Should().NotContain(f => f.Split('/').Contains("bin") || f.Split('/').Contains("obj"), "build output is not part of the repository");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Maths_renders_on_GitHub(string file)
    {
        var findings = GitHubMaths.UnsafeMaths(Read(file));

        string.Join(Environment.NewLine, findings).Should().BeEmpty(
            "GitHub strips the backslash before punctuation inside plain $…$ and $$…$$ before MathJax sees it; "
            + "$`…`$ inline and ```math fences keep maths intact");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Relative_links_and_images_resolve(string file)
    {
        var findings = Links.BrokenLinks(Read(file));

        string.Join(Environment.NewLine, findings).Should().BeEmpty(
            "every relative link and image must lead to a file or folder of the repository (and a #fragment to a heading)");
    }

    private static MarkdownFile Read(string file) =>
        MarkdownFile.Parse(file, File.ReadAllText(Path.Combine(Repository.Root, file)));
}
