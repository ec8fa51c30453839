using System.Globalization;
using OpenQA.Selenium;

namespace LossKata.Explore.Tests;

/// <summary>
/// The explorer's page in headless Chromium, served from a copy of the repository whose exercises/ hold a wrong
/// softmax, a throwing MSE and an endless entropy (see <see cref="ExplorerFixture"/>); every other exercise is the
/// shipped stub. Numbers are read from the cells' data-value (full precision) and compared with values computed here
/// by their formulas, within 1e-12: the page's inputs are a few float64 operations from the formulas', so rounding
/// stays near 1e-16, and any mistake of the page's (a wrong row, a stale value) is far larger.
/// </summary>
public sealed class PageTests(ExplorerFixture explorer) : IClassFixture<ExplorerFixture>, IDisposable
{
    private const double Tolerance = 1e-12;

    /// <summary>The highlight of a row that differs (explore.css: --differs).</summary>
    private const string Highlight = "rgba(253, 226, 225, 1)";

    private readonly Browser browser = new();

    [Fact]
    public void It_opens_on_level_5s_hesitant_model_with_the_reference_cross_entropy_and_mse()
    {
        OpenAndWait();

        browser.Text("#logits-row-crossEntropy td.reference").Should().Be("0.916291", "−ln 0.4 = 0.9162907, level 5's hesitant model");
        browser.Values("#logits-row-crossEntropy td.reference").Single().Should().BeApproximately(-Math.Log(0.4), Tolerance);
        browser.Text("#logits-row-mse td.reference").Should().Be("0.099", "(0.36 + 0.09 + 0.0025 + 0.0025 + 0.04)/5 = 0.099");
        browser.Values("#logits-row-mse td.reference").Single().Should().BeApproximately(0.099, Tolerance);
        browser.Values("#logits-row-softmax td.reference").Should().Equal([0.4, 0.3, 0.05, 0.05, 0.2], Close);
    }

    [Fact]
    public void Dragging_a_logit_moves_cross_entropy_nll_and_mse_with_it()
    {
        OpenAndWait();
        var before = browser.Values("#logits-row-crossEntropy td.reference").Single();

        browser.Drag("#logit-1", 60);

        var logits = Enumerable.Range(0, 5).Select(i => double.Parse(browser.Find($"#logit-{i}").GetAttribute("value")!, CultureInfo.InvariantCulture)).ToArray();
        logits[1].Should().BeGreaterThan(Math.Log(0.3), "the thumb moved right");
        var logSumExp = Math.Log(logits.Sum(Math.Exp));
        var crossEntropy = logSumExp - logits[0];
        var probabilities = logits.Select(z => Math.Exp(z - logSumExp)).ToArray();
        var mse = probabilities.Select((p, i) => Math.Pow(p - (i == 0 ? 1 : 0), 2)).Average();
        browser.WaitUntil(() => Math.Abs(browser.Values("#logits-row-crossEntropy td.reference").Single() - crossEntropy) < Tolerance,
            $"cross-entropy LSE(z) − z₀ = {crossEntropy} for the dragged logits");
        crossEntropy.Should().BeGreaterThan(before, "raising a wrong class's logit lowers the target's probability");
        browser.Values("#logits-row-nll td.reference").Single().Should().BeApproximately(crossEntropy, Tolerance, "NLL of the log-softmax is cross-entropy");
        browser.Values("#logits-row-mse td.reference").Single().Should().BeApproximately(mse, Tolerance);
    }

    [Fact]
    public void Fewer_classes_keep_the_first_logits()
    {
        OpenAndWait();

        var classes = browser.Find("#classes");
        classes.SendKeys(Keys.Control + "a");
        classes.SendKeys("3" + Keys.Tab);

        browser.WaitUntil(() => browser.Values("#logits-row-softmax td.reference").Length == 3, "three probabilities");
        browser.Driver.FindElements(By.CssSelector("#logit-sliders input")).Should().HaveCount(3);
        browser.Values("#logits-row-crossEntropy td.reference").Single().Should().BeApproximately(Math.Log(0.75 / 0.4), Tolerance,
            "the logits ln 0.4, ln 0.3, ln 0.05 give softmax 0.4 / 0.75 for the target");
        browser.Values("#logits-row-softmax td.yours").Should().Equal([1, 0.75, 0.125], Close, "the wrong softmax, still divided by the largest");
    }

    [Fact]
    public void A_not_started_exercise_shows_the_reference_alone_labelled()
    {
        OpenAndWait();

        var row = browser.Find("#logits-row-crossEntropy");
        row.GetAttribute("data-status").Should().Be("not-started", "Losses.CrossEntropy is still the shipped stub");
        browser.Text("#logits-row-crossEntropy td.yours").Should().Be("not started");
        browser.Text("#logits-row-crossEntropy td.status").Should().Contain("the reference is shown alone");
        browser.Text("#logits-row-crossEntropy td.reference").Should().Be("0.916291");
        row.FindElement(By.CssSelector("td.reference")).GetCssValue("background-color").Should().NotBe(Highlight, "not started is not a mistake");
    }

    [Fact]
    public void A_wrong_softmax_is_shown_beside_the_reference_and_highlighted()
    {
        OpenAndWait();

        var row = browser.Find("#logits-row-softmax");
        row.GetAttribute("data-status").Should().Be("differs");
        // Normalised by the largest exponential, 0.4: (0.4, 0.3, 0.05, 0.05, 0.2) / 0.4.
        browser.Values("#logits-row-softmax td.yours").Should().Equal([1, 0.75, 0.125, 0.125, 0.5], Close);
        browser.Values("#logits-row-softmax td.reference").Should().Equal([0.4, 0.3, 0.05, 0.05, 0.2], Close);
        browser.Text("#logits-row-softmax td.status").Should().StartWith("differs by 0.6").And.Contain("first at class 0");
        row.FindElement(By.CssSelector("td.yours")).GetCssValue("background-color").Should().Be(Highlight);
        browser.Driver.FindElements(By.CssSelector("#logits tr.differs")).Should().ContainSingle(
            "each row is given the reference's input, so the wrong softmax shows in its own row only");
    }

    [Fact]
    public void A_throwing_function_shows_its_message()
    {
        OpenAndWait();

        browser.Find("#logits-row-mse").GetAttribute("data-status").Should().Be("throws");
        browser.Text("#logits-row-mse td.status").Should().Contain("ArgumentException: predictions has 1 rows but targets has 5 columns");
        browser.Text("#logits-row-mse td.reference").Should().Be("0.099", "the reference is still shown");
    }

    [Fact]
    public void An_endless_loop_is_stopped_and_reported_and_the_page_goes_on_with_the_learners_code()
    {
        OpenAndWait();

        browser.WaitUntil(() => browser.Find("#entropy").GetAttribute("data-yours") == "unavailable", "the entropy view without the learner's values",
            ExplorerFixture.TimeLimit * 4);
        browser.Text("#entropy .view-note").Should().Contain($"did not finish within {ExplorerFixture.TimeLimit.TotalSeconds:0} s");
        browser.Values("#entropy-row-entropyP td.reference").Single().Should().BeApproximately(1.75 * Math.Log(2), Tolerance,
            "H(1/2, 1/4, 1/8, 1/8) = 1.75 bits, and the reference does not wait for the learner");

        browser.Drag("#logit-2", 40);
        browser.WaitUntil(() => browser.Values("#logits-row-softmax td.reference")[2] > 0.05, "the logits view to answer the drag");
        browser.WaitUntil(() => browser.Find("#logits-row-softmax").GetAttribute("data-status") == "differs" && browser.Values("#logits-row-softmax td.yours")[2] > 0.125,
            "the learner's softmax at the new logits: a fresh learner program answers after the stopped one");
    }

    [Fact]
    public void A_crash_is_reported_and_the_page_goes_on_with_the_learners_code()
    {
        OpenAndWait();

        browser.WaitUntil(() => browser.Find("#binary").GetAttribute("data-yours") == "unavailable", "the binary view without the learner's values");
        browser.Text("#binary .view-note").Should().Contain("crashed the program that runs it").And.Contain("Stack overflow",
            "the sigmoid calls itself for every negative z");
        browser.Values("#binary-row-sigmoid td.reference").Single().Should().BeApproximately(1 / (1 + Math.Exp(4)), Tolerance, "σ(−4), the opening z");

        browser.Find("#entropy-bits").Click();
        browser.WaitUntil(() => browser.Text("#entropy-row-entropyP td.reference") == "1.75", "the server to answer after the crash");
    }

    [Fact]
    public void What_the_learners_code_prints_is_shown_under_its_view()
    {
        OpenAndWait();

        browser.Text("#logits .printed").Should().Contain("softmax of 5 logits", "the wrong softmax prints a line each call");
    }

    [Fact]
    public void The_race_in_level_6s_setting_takes_17_steps_with_cross_entropy_and_249_with_squared_error()
    {
        OpenAndWait();

        browser.Text("#race-row-crossEntropySteps td.reference").Should().Be("17 steps");
        browser.Text("#race-row-squaredErrorSteps td.reference").Should().Be("249 steps");
        browser.Find("#race-row-squaredErrorSteps").GetAttribute("data-status").Should().Be("not-started");
    }

    [Fact]
    public void Far_on_the_wrong_side_the_squared_errors_gradient_vanishes_and_cross_entropys_does_not()
    {
        OpenAndWait();

        browser.DragToStart("#binary-logit");

        browser.WaitUntil(() => browser.Find("#binary-logit-value").Text == "-10.00", "z at the slider's left end");
        var sigma = 1 / (1 + Math.Exp(10));
        browser.WaitUntil(() => Math.Abs(browser.Values("#binary-row-sigmoid td.reference").Single() - sigma) < Tolerance, $"σ(−10) = {sigma}");
        browser.Values("#binary-row-binaryCrossEntropyGradient td.reference").Single().Should().BeApproximately(sigma - 1, Tolerance);
        browser.Values("#binary-row-squaredErrorGradient td.reference").Single().Should().BeApproximately(2 * (sigma - 1) * sigma * (1 - sigma), Tolerance,
            "2(σ − 1)·σ(1 − σ) ≈ −9·10⁻⁵: the vanishing gradient");
    }

    [Fact]
    public void Entropy_and_kl_add_up_to_cross_entropy_in_bits()
    {
        OpenAndWait();

        browser.Find("#entropy-bits").Click();

        browser.WaitUntil(() => browser.Text("#entropy-row-entropyP td.reference") == "1.75", "H(1/2, 1/4, 1/8, 1/8) = 1.75 bits");
        browser.Text("#entropy-row-crossEntropy td.reference").Should().Be("2", "coding for the uniform q costs log₂ 4 = 2 bits whatever p is");
        browser.Text("#entropy-row-kl td.reference").Should().Be("0.25");
        browser.Find("#identity-reference").GetAttribute("class").Should().Be("holds");
        browser.Text("#identity-reference").Should().Contain("1.75 + 0.25 = 2 = H(p, q) = 2");
    }

    public void Dispose() => browser.Dispose();

    private static bool Close(double actual, double expected) => Math.Abs(actual - expected) < Tolerance;

    private void OpenAndWait()
    {
        browser.Open(explorer.Address);
        browser.WaitUntil(() => browser.Find("#learner-status").GetAttribute("data-state") == "ready", "the learner's build to be ready");
        browser.WaitUntil(() => browser.Find("#logits").GetAttribute("data-yours") == "shown", "the logits view with the learner's values");
    }
}
