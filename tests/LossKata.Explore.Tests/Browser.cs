using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace LossKata.Explore.Tests;

/// <summary>Headless Chromium driven by Selenium: Debian's <c>chromium</c> and <c>chromium-driver</c>, found on the
/// PATH (.ci/run installs them), so nothing is downloaded.</summary>
public sealed class Browser : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ChromeDriver driver;

    public Browser()
    {
        var chromium = OnPath("chromium") ?? OnPath("chromium-browser") ?? OnPath("google-chrome");
        var chromeDriver = OnPath("chromedriver");
        if (chromium is null || chromeDriver is null)
        {
            throw new InvalidOperationException(
                "The explorer's page tests need Chromium and its driver on the PATH: apt-get install chromium chromium-driver (.ci/run does).");
        }

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(chromeDriver)!, Path.GetFileName(chromeDriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = chromium };
        // Root has no sandbox to drop into; /dev/shm is small in containers.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1200,2400");
        driver = new ChromeDriver(service, options, TimeSpan.FromMinutes(2));
    }

    public IWebDriver Driver => driver;

    public void Open(Uri address) => driver.Navigate().GoToUrl(address);

    /// <summary>Waits until <paramref name="condition"/> holds, or fails saying what was awaited.</summary>
    public void WaitUntil(Func<bool> condition, string what, TimeSpan? patience = null)
    {
        var wait = new WebDriverWait(driver, patience ?? Patience) { Message = "waited for " + what };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        wait.Until(_ => condition());
    }

    public IWebElement Find(string css) => driver.FindElement(By.CssSelector(css));

    /// <summary>The text of the element once it is there and not empty.</summary>
    public string Text(string css)
    {
        var text = string.Empty;
        WaitUntil(() => (text = Find(css).Text).Length > 0, $"text in {css}");
        return text;
    }

    /// <summary>The full-precision number(s) a cell carries in its data-value.</summary>
    public double[] Values(string css) =>
        [.. Find(css).GetAttribute("data-value")!.Split(' ').Select(value => double.Parse(value, CultureInfo.InvariantCulture))];

    /// <summary>Drags a range input's thumb by <paramref name="pixels"/> to the right (negative: left), as a mouse would.</summary>
    public void Drag(string css, int pixels) =>
        new OpenQA.Selenium.Interactions.Actions(driver).ClickAndHold(Find(css)).MoveByOffset(pixels, 0).Release().Perform();

    /// <summary>Drags a range input's thumb a little past its left end: the input stops at its minimum.</summary>
    public void DragToStart(string css) => Drag(css, -(Find(css).Size.Width / 2 + 4));

    public void Dispose() => driver.Quit();

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
