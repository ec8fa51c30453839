namespace LossKata.Docs.Tests;

/// <summary>The parity check finds what one edition has and the other lacks, and nothing else.</summary>
public sealed class EditionParityTests : IDisposable
{
    private const string English = """
        # Level 1 — Entropy

        [中文](zh-CN/page.md)

        ## The maths

        Entropy is $`H(p) = -\sum_i p_i \log p_i`$, 2 bits for 4 outcomes, 10,000 digits.

        ```math
        H_2 = H_e / \ln 2
        ```

        ![figure](figures/race.svg) and [the other section](#the-maths).

        <details><summary>Why</summary>

        Because 0.5.

        </details>
        """;

    private const string Chinese = """
        # 第 1 级 — 信息熵

        [English](../page.md)

        ## 数学

        信息熵为 $`H(p) = -\sum_i p_i \log p_i`$，4 个结果是 2 比特，共 10,000 个数字。

        ```math
        H_2 = H_e / \ln 2
        ```

        ![图](../figures/race.svg)，另见[这一节](#数学)。

        <details><summary>为什么</summary>

        因为 0.5。

        </details>
        """;

    private readonly string root = Directory.CreateTempSubdirectory("losskata-editions-").FullName;

    public EditionParityTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "docs", "zh-CN"));
        Directory.CreateDirectory(Path.Combine(root, "docs", "figures"));
        File.WriteAllText(Path.Combine(root, "docs", "figures", "race.svg"), "<svg/>");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Two_editions_that_say_the_same_in_two_languages_agree()
    {
        Compare(English, Chinese).Should().BeEmpty("the sections, formulas, numbers, links and folded blocks are the same, in other words");
    }

    [Theory]
    [InlineData(@"$`H(p) = -\sum_i p_i \log p_i`$", @"$`H(p) = \sum_i p_i \log p_i`$", "formula `H(p) = -\\sum_i p_i \\log p_i`")]
    [InlineData("H_2 = H_e / \\ln 2\n", "H_2 = H_e \\ln 2\n", "formula `H_2 = H_e / \\ln 2`")]
    [InlineData("共 10,000 个数字", "共 1,000 个数字", "number 10000")]
    [InlineData("因为 0.5。", "因为一半。", "number 0.5")]
    [InlineData("![图](../figures/race.svg)", "![图](../figures/other.svg)", "link or figure docs/figures/race.svg")]
    [InlineData("另见[这一节](#数学)", "另见[上一节](#第-1-级--信息熵)", "link or figure docs/page.md#heading 2")]
    [InlineData("<details><summary>为什么</summary>", "<p>为什么</p>", "folded <details> block")]
    public void A_formula_number_link_or_fold_that_one_edition_lacks_is_found(string inChinese, string changedTo, string missing)
    {
        Chinese.Should().Contain(inChinese, "the test changes the Chinese edition");

        var findings = Compare(English, Chinese.Replace(inChinese, changedTo, StringComparison.Ordinal));

        findings.Should().Contain(finding => finding.File == "docs/zh-CN/page.md" && finding.Problem.Contains(missing) && finding.Problem.Contains("section “数学”"),
            "the Chinese edition lacks the English edition's {0}", missing);
    }

    [Fact]
    public void What_only_the_chinese_edition_has_is_found_in_the_english_one()
    {
        var findings = Compare(English, Chinese.Replace("因为 0.5。", "因为 0.5，即 $`1/2`$。", StringComparison.Ordinal));

        findings.Should().ContainSingle().Which.Should().Match<Finding>(finding => finding.File == "docs/page.md" && finding.Problem.Contains("formula `1/2`"));
    }

    [Fact]
    public void Sections_must_match_in_number_order_and_level()
    {
        var findings = Compare(English, Chinese.Replace("## 数学", "### 数学", StringComparison.Ordinal));

        findings.Should().ContainSingle().Which.Problem.Should().Contain("### 数学").And.Contain("## The maths").And.Contain("same order");
    }

    [Fact]
    public void The_order_of_formulas_within_a_section_is_free()
    {
        var english = "# T\n\n## S\n\n$`a`$ then $`b`$, 1 and 2.";
        var chinese = "# T\n\n## S\n\n先 $`b`$ 后 $`a`$，2 和 1。";

        Compare(english, chinese).Should().BeEmpty("Chinese orders a sentence differently; what must match is what a section holds");
    }

    [Fact]
    public void A_number_is_counted_where_it_is_prose_and_not_in_a_name_or_a_link_target()
    {
        var english = "# T\n\nSee `Level1_Entropy`, float64 and [level 2](level-2.md), 3 times.";
        var chinese = "# T\n\n见 `Level1_Entropy`、float64 与[第 2 级](level-2.md)，3 次。";

        Compare(english, chinese).Should().BeEmpty();
    }

    private List<Finding> Compare(string english, string chinese)
    {
        File.WriteAllText(Path.Combine(root, "docs", "page.md"), english);
        File.WriteAllText(Path.Combine(root, "docs", "zh-CN", "page.md"), chinese);
        return new EditionParity(root)
            .Differences(MarkdownFile.Parse("docs/page.md", english), MarkdownFile.Parse("docs/zh-CN/page.md", chinese))
            .ToList();
    }
}
