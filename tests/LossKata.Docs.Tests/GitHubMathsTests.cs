namespace LossKata.Docs.Tests;

/// <summary>The maths check finds what GitHub mangles and nothing else.</summary>
public sealed class GitHubMathsTests
{
    [Theory]
    [InlineData(@"KL is $D_{KL}(p \,\|\, q)$ here.", @"\,")]
    [InlineData(@"labels $y \in \{0, 1\}$", @"\{")]
    [InlineData(@"Kaiming's $\sqrt{2/\mathit{fan\_in}}$", @"\_")]
    [InlineData(@"a matrix $\begin{pmatrix}1 & -1\\ -1 & 1\end{pmatrix}$", @"\\")]
    [InlineData("a formula that runs\nover two lines, $a \\;\nb$", @"\;")]
    [InlineData(@"after code `x` comes $a\!b$", @"\!")]
    public void A_backslash_before_punctuation_in_plain_inline_maths_is_found(string markdown, string escape)
    {
        var findings = GitHubMaths.UnsafeMaths(MarkdownFile.Parse("page.md", markdown)).ToList();

        findings.Should().ContainSingle("GitHub drops the backslash of {0} before MathJax sees the maths", escape)
            .Which.Problem.Should().Contain(escape).And.Contain("$`…`$");
    }

    [Theory]
    [InlineData("$$H(p) = -\\sum_i p_i \\log p_i$$", 1)]
    [InlineData("Text.\n\n$$\n\\frac{a}{b}\n$$", 3)]
    [InlineData("first line\nand then $$x$$ inline", 2)]
    public void Plain_display_maths_is_found_on_its_line(string markdown, int line)
    {
        var findings = GitHubMaths.UnsafeMaths(MarkdownFile.Parse("page.md", markdown)).ToList();

        findings.Should().ContainSingle().Which.Should().Match<Finding>(f => f.Line == line && f.Problem.Contains("```math"));
        findings[0].ToString().Should().StartWith($"page.md:{line}: ");
    }

    [Theory]
    [InlineData(@"Safe: $`D_{KL}(p \,\Vert\, q)`$ and $`y \in \{0, 1\}`$.")]
    [InlineData("```math\nD_{KL}(p \\,\\|\\, q) = \\sum_i p_i\n```")]
    [InlineData("~~~\n$x \\, y$ in a fence is code\n~~~")]
    [InlineData("   ```sh\n   echo $HOME \\; $PATH\n   ```")]
    [InlineData(@"A code span `$a \, b$` is not maths, nor ``$x\,y$ with ` inside``.")]
    [InlineData(@"Plain maths without escapes is safe: $p_i = 0$, $\log_2 x = \ln x / \ln 2$.")]
    [InlineData(@"Prices $5 and \, $10 are not maths (a space before the closing dollar).")]
    [InlineData(@"An escaped dollar \$ and \$\, is text.")]
    [InlineData("`$LOSSKATA_CACHE` or `~/.cache` then $`\\theta \\leftarrow \\theta - \\eta\\,g`$")]
    public void Safe_forms_and_code_are_not_reported(string markdown)
    {
        GitHubMaths.UnsafeMaths(MarkdownFile.Parse("page.md", markdown)).Should().BeEmpty();
    }

    [Fact]
    public void A_fence_closes_only_with_its_own_marker_at_least_as_long()
    {
        const string markdown = "````md\n```\n$$inside$$\n````\n$$after$$";

        GitHubMaths.UnsafeMaths(MarkdownFile.Parse("page.md", markdown)).Should().ContainSingle()
            .Which.Line.Should().Be(5, "the three backticks inside a four-backtick fence are its content");
    }
}
