using OpenQA.Selenium.Chrome;

namespace Observatory.Browser.Tests;

/// <summary>
/// Debian's Chromium driven through Debian's chromedriver: no download, no Selenium Manager, no network. Missing
/// either is a failure that says how to install them, never a skip (DESIGN: real components, fail loudly).
/// </summary>
public sealed class Chromium : IDisposable
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    private readonly string _profile = Directory.CreateTempSubdirectory("observatory-chromium-").FullName;

    public ChromeDriver WebDriver { get; }

    public Chromium()
    {
        foreach (var required in new[] { Browser, Driver })
        {
            if (!File.Exists(required))
                throw new InvalidOperationException($"{required} is missing: the browser tests need Debian's Chromium. Install it with `sudo apt-get install chromium chromium-driver`.");
        }
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Browser };
        // Without these Chromium reaches for the network (updates, sync, metrics) and wants a display.
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={_profile}", "--window-size=1280,1800");
        WebDriver = new ChromeDriver(service, options, TimeSpan.FromSeconds(30));
    }

    public void Dispose()
    {
        WebDriver.Quit();
        WebDriver.Dispose();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
