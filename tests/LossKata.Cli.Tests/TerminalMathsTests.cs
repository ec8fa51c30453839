using LossKata.Cli.Learner;
using LossKata.Course;

namespace LossKata.Cli.Tests;

/// <summary><c>hint</c> prints maths as text a terminal shows readably: no <c>$`…`$</c> or <c>```math</c> markup,
/// no raw LaTeX commands.</summary>
public sealed class TerminalMathsTests
{
    [Theory]
    [InlineData(@"H(p, q) = -\sum_i p_i \ln q_i", "H(p, q) = -Σᵢ pᵢ ln qᵢ")]
    [InlineData(@"\frac{d\ell}{dz} = \frac{d\ell}{d\sigma} \cdot \sigma'(z)", "dℓ/dz = dℓ/dσ · σ'(z)")]
    [InlineData(@"\frac{\sigma - y}{\sigma(1 - \sigma)}", "(σ - y)/(σ(1 - σ))")]
    [InlineData(@"1 / (1 + e^{-z})", "1 / (1 + e⁻ᶻ)")]
    [InlineData(@"-10^{-17}", "-10⁻¹⁷")]
    [InlineData(@"Y = X W^\top + b", "Y = X Wᵀ + b")]
    [InlineData(@"J = \mathrm{diag}(s) - s s^\top", "J = diag(s) - s sᵀ")]
    [InlineData(@"\log \sum_i e^{z_i} = m + \log \sum_i e^{z_i - m}", "log Σᵢ e^zᵢ = m + log Σᵢ e^(zᵢ - m)")]
    [InlineData(@"\ell = -\log \mathrm{softmax}(z)_y = \mathrm{LSE}(z) - z_y", "ℓ = -log softmax(z)_y = LSE(z) - z_y")]
    [InlineData(@"\sigma = \sqrt{2 / \text{fan\_in}}", "σ = √(2 / fan_in)")]
    [InlineData(@"\theta \leftarrow \theta - \eta \, \nabla\theta", "θ ← θ - η ∇θ")]
    [InlineData(@"KL(p \| q) \ge 0", "KL(p ‖ q) ≥ 0")]
    [InlineData(@"m = \max_i z_i", "m = maxᵢ zᵢ")]
    [InlineData(@"(s_0, s_1, \dots, s_k)", "(s₀, s₁, …, sₖ)")]
    [InlineData(@"p \log p \to 0", "p log p → 0")]
    [InlineData(@"\left( \frac{a}{b} \right)^2", "( a/b )²")]
    public void Latex_reads_as_unicode_text(string latex, string text) =>
        TerminalMaths.Latex(latex).Should().Be(text);

    [Fact]
    public void Inline_maths_loses_its_delimiters_and_code_stays_as_it_is()
    {
        var rendered = TerminalMaths.Render("Each term is $`-p_i \\ln p_i`$; skip $`p_i = 0`$ in `Entropy(p)`.");

        rendered.Should().Be("Each term is -pᵢ ln pᵢ; skip pᵢ = 0 in `Entropy(p)`.");
    }

    [Fact]
    public void A_math_block_becomes_indented_plain_lines()
    {
        var rendered = TerminalMaths.Render("The loss:\n\n```math\n\\ell = -[y \\log \\sigma + (1 - y) \\log(1 - \\sigma)]\n```\n\nthen more.");

        rendered.Should().Be("The loss:\n\n    ℓ = -[y log σ + (1 - y) log(1 - σ)]\n\nthen more.");
    }

    [Fact]
    public void Every_hint_shipped_prints_without_maths_markup_or_raw_commands()
    {
        var root = Repository.Above(AppContext.BaseDirectory)!;
        var files = Directory.GetFiles(Path.Combine(root, "exercises"), "*.hints.md", SearchOption.AllDirectories);
        files.Should().NotBeEmpty();
        foreach (var file in files)
        {
            var rendered = TerminalMaths.Render(File.ReadAllText(file));
            rendered.Should().NotContain("$`", "{0}'s maths must print as text", file).And.NotContain("```math");
            System.Text.RegularExpressions.Regex.Matches(rendered, @"\\[A-Za-z]+").Select(match => match.Value)
                .Should().BeEmpty("no LaTeX command of {0} may reach the terminal as it is written", file);
        }
    }
}
