namespace LossKata.Docs.Tests;

/// <summary>Every Markdown file of the repository renders its maths on GitHub and links only to what exists.</summary>
public sealed class RepositoryMarkdownTests
{
    private static readonly RelativeLinks Links = new(MarkdownPages.Root);

    public static TheoryData<string> Files() => new(MarkdownPages.MarkdownFiles());

    [Fact]
    public void The_check_sees_the_learner_pages()
    {
        var files = MarkdownPages.MarkdownFiles();

        files.Should().Contain(["README.md", "README.zh-CN.md", "data/README.md", "docs/level-1-entropy.md", "docs/level-8-training.md", "docs/zh-CN/level-1-entropy.md", "docs/zh-CN/level-8-training.md", "exercises/Level1_Entropy/Entropy.hints.md"],
            "the maths and link checks must run over both editions of the README and the level pages, data/README.md and the hints");
        files.Should().NotContain(f => f.Split('/').Contains("bin") || f.Split('/').Contains("obj"), "build output is not part of the repository");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Maths_renders_on_GitHub(string file)
    {
        var findings = GitHubMaths.UnsafeMaths(MarkdownPages.Read(file));

        string.Join(Environment.NewLine, findings).Should().BeEmpty(
            "GitHub strips the backslash before punctuation inside plain $…$ and $$…$$ before MathJax sees it; "
            + "$`…`$ inline and ```math fences keep maths intact");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Relative_links_and_images_resolve(string file)
    {
        var findings = Links.BrokenLinks(MarkdownPages.Read(file));

        string.Join(Environment.NewLine, findings).Should().BeEmpty(
            "every relative link and image must lead to a file or folder of the repository (and a #fragment to a heading)");
    }

}

/// <summary>Every learner page has a Chinese twin that says the same: sections, formulas, numbers, links, figures.</summary>
public sealed class RepositoryEditionTests
{
    private static readonly EditionParity Parity = new(MarkdownPages.Root);

    public static TheoryData<string> EnglishPages() => new(Editions.EnglishLearnerPages(MarkdownPages.Root));

    [Theory]
    [MemberData(nameof(EnglishPages))]
    public void The_chinese_twin_exists_and_says_the_same(string englishPage)
    {
        var twin = Editions.ChineseTwinOf(englishPage);
        File.Exists(Path.Combine(MarkdownPages.Root, twin)).Should().BeTrue(
            "every learner page has a Chinese edition for the tutorial's readers: {0} needs {1}", englishPage, twin);

        var findings = Parity.Differences(MarkdownPages.Read(englishPage), MarkdownPages.Read(twin));

        string.Join(Environment.NewLine, findings).Should().BeEmpty(
            "a change to one edition must be made to the other: the same sections in the same order, the same formulas, numbers, links and figures");
    }

    public static TheoryData<string> LevelPagesOfBothEditions() =>
        new(Editions.LevelPages(MarkdownPages.Root).SelectMany(page => new[] { page, Editions.ChineseTwinOf(page) }));

    [Theory]
    [MemberData(nameof(LevelPagesOfBothEditions))]
    public void A_level_page_ends_its_lesson_with_a_recap_and_questions_whose_answers_are_folded_away(string page)
    {
        var headings = Anchors.Headings(MarkdownPages.Read(page)).Select(heading => heading.Title).ToList();
        var english = !page.Contains("/zh-CN/", StringComparison.Ordinal);
        var (recap, questions) = english ? ("Recap", "Check yourself") : ("小结", "自测");

        headings.Should().ContainInOrder([recap, questions], "a lesson ends with a short recap, then two or three questions to check yourself");
        var text = File.ReadAllText(Path.Combine(MarkdownPages.Root, page));
        var questionsSection = text[text.IndexOf("## " + questions, StringComparison.Ordinal)..];
        questionsSection.Should().Contain("<details>", "the answers are folded away, so that a learner tries first");
    }

    [Theory]
    [MemberData(nameof(EnglishPages))]
    public void Each_edition_links_to_the_other(string englishPage)
    {
        var twin = Editions.ChineseTwinOf(englishPage);
        File.Exists(Path.Combine(MarkdownPages.Root, twin)).Should().BeTrue("{0} needs its Chinese edition {1}", englishPage, twin);

        Parity.LinksTo(MarkdownPages.Read(englishPage), twin).Should().BeTrue("{0} must link to its Chinese edition {1}", englishPage, twin);
        Parity.LinksTo(MarkdownPages.Read(twin), englishPage).Should().BeTrue("{0} must link to its English edition {1}", twin, englishPage);
    }

}
