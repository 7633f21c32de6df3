using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Observatory.Browser.Tests;

/// <summary>A headless Chromium that signs in with a given key and fills forms as a person would: clicks and keys.</summary>
public sealed class FormBrowser : IDisposable
{
    private readonly Chromium _chromium = new();
    private readonly HostFixture host;
    private readonly ITestOutputHelper output;

    public FormBrowser(HostFixture host, ITestOutputHelper output)
    {
        this.host = host;
        this.output = output;
        // A click that submits a form can return before the next page is in: finding an element waits for it, briefly.
        _chromium.WebDriver.Manage().Timeouts().ImplicitWait = TimeSpan.FromSeconds(3);
    }

    public IWebDriver Driver => _chromium.WebDriver;

    public void SignIn(string key)
    {
        Open("/login");
        var input = Driver.FindElement(By.Id("key"));
        input.SendKeys(key);
        input.Submit();
    }

    public void Open(string path) => Driver.Navigate().GoToUrl(host.Address + path);

    public IWebElement Find(string css) => Driver.FindElement(By.CssSelector(css));

    public string Text(string css) => Find(css).Text;

    public void Type(string id, string text)
    {
        var input = Driver.FindElement(By.Id(id));
        input.Clear();
        input.SendKeys(text);
    }

    public void Choose(string id, string value) => Find($"#{id} option[value='{value}']").Click();

    public void Tick(string id) => Driver.FindElement(By.Id(id)).Click();

    /// <summary>Date inputs take keys in the browser's locale; the value is set as the form will send it.</summary>
    public void Date(string id, string day) =>
        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].value = arguments[1];", Driver.FindElement(By.Id(id)), day);

    public void Submit(string formCss = "form.entry") => Find($"{formCss} button[type='submit']").Click();

    /// <summary>
    /// The address once it contains <paramref name="part"/>: a click on submit can return before a slow answer's
    /// redirect has landed (the host waits up to 3 s for its read models before redirecting).
    /// </summary>
    public string WaitForUrl(string part)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!Driver.Url.Contains(part, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The address did not come to contain '{part}' within 15 s: {Driver.Url}, page: {Driver.Title}"
                    + string.Concat(Driver.FindElements(By.Id("error-summary")).Select(e => $", refused: {e.Text}")));
            Thread.Sleep(50);
        }
        return Driver.Url;
    }

    public void Screenshot(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"observatory-{name}-{DateTime.UtcNow:yyyyMMddHHmmss}.png");
        ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(path);
        output.WriteLine($"Screenshot: {path}");
    }

    public void Dispose() => _chromium.Dispose();
}
