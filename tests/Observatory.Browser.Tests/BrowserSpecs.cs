using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Observatory.Browser.Tests;

/// <summary>The pages in a real headless Chromium, as a leader, an analyst and the public open them.</summary>
[Collection(HostCollection.Name)]
public sealed class BrowserSpecs(HostFixture host, ITestOutputHelper output) : IDisposable
{
    private readonly Chromium _chromium = new();

    private IWebDriver Browser => _chromium.WebDriver;

    [Fact]
    public void The_dashboard_shows_the_indicators_in_a_table_and_a_chart_and_the_four_study_visits()
    {
        Open($"/networks/{HostFixture.Network}");

        Assert.Equal("en", Browser.FindElement(By.TagName("html")).GetAttribute("lang"));
        var indicators = Browser.FindElement(By.Id("indicators"));
        Assert.StartsWith("Indicators for leadership term 1", indicators.FindElement(By.TagName("caption")).Text, StringComparison.Ordinal);
        Assert.Equal("9", Cell(indicators, "networked-members", "stock"));
        Assert.Equal("2", Cell(indicators, "resources-shared-online", "flow"));
        Assert.Equal("0", Cell(indicators, "working-groups-set-up", "flow"));
        var chart = Browser.FindElement(By.Id("indicators-chart"));
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Contains("against their targets", chart.FindElement(By.TagName("title")).GetAttribute("textContent"), StringComparison.Ordinal);
        Assert.Equal(4, chart.FindElements(By.TagName("rect")).Count);
        Assert.Equal(4, Browser.FindElements(By.CssSelector("#meetings tr[data-kind='study-visit']")).Count);
        Assert.Equal(8 * 12, Browser.FindElements(By.CssSelector("#heatmap rect")).Count); // 8 partners × 12 quarters of the term
        Assert.Contains("fewer than 5", Browser.FindElement(By.Id("feedback-total")).Text, StringComparison.Ordinal);
        Screenshot("dashboard");
    }

    [Fact]
    public void The_analyst_chooses_a_position_and_sees_the_first_visit_before_and_after_its_correction()
    {
        Open($"/networks/{HostFixture.Network}");
        Browser.FindElement(By.CssSelector("#moment-h ~ details summary")).Click();
        var at = Browser.FindElement(By.CssSelector("input[name='at']"));
        at.SendKeys("77");
        at.Submit();

        Assert.EndsWith("at=77", Browser.Url, StringComparison.Ordinal);
        Assert.StartsWith("As of position 77 of 82", Browser.FindElement(By.Id("moment")).Text, StringComparison.Ordinal);
        Assert.StartsWith("2020-09-01", FirstVisitDates(), StringComparison.Ordinal);
        Screenshot("as-of-position-77");

        Open($"/networks/{HostFixture.Network}?at=78");
        Assert.StartsWith("As of position 78 of 82", Browser.FindElement(By.Id("moment")).Text, StringComparison.Ordinal);
        Assert.StartsWith("2021-09-01", FirstVisitDates(), StringComparison.Ordinal);

        // By business date: as corrected, the visit happened in 2021, so nothing of it had happened by the end of 2020.
        Open($"/networks/{HostFixture.Network}?happened-by=2020-12-31");
        Assert.StartsWith("As happened by 2020-12-31", Browser.FindElement(By.Id("moment")).Text, StringComparison.Ordinal);
        Assert.Empty(Browser.FindElements(By.CssSelector("#meetings tr[data-stream='meeting-bytow-first-visit']")));
    }

    [Fact]
    public void The_public_page_shows_aggregates_without_positions_or_small_feedback_counts()
    {
        Open($"/public/{HostFixture.Network}");
        var text = Browser.FindElement(By.TagName("body")).Text;
        var source = Browser.PageSource;

        Assert.Contains("Formalise contacts by a cooperation agreement", text, StringComparison.Ordinal);
        Assert.Equal(10, Browser.FindElements(By.CssSelector("#recommendations tbody tr")).Count);
        Assert.NotEmpty(Browser.FindElements(By.CssSelector("#quarters tbody tr")));
        foreach (var position in new[] { "Deputy Mayor", "Integration Specialist", "Member of the City Council", "Head of the Department" })
            Assert.DoesNotContain(position, source, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("fewer than 5", Browser.FindElement(By.Id("feedback-total")).Text, StringComparison.Ordinal);
        Assert.Empty(Browser.FindElements(By.CssSelector("[id^='feedback-']:not(#feedback-total):not(#feedback-h)")));
        Assert.DoesNotContain("suppressed cells", source, StringComparison.Ordinal);
        Screenshot("public-page");
    }

    private bool _signedIn;

    /// <summary>A network's own pages need its credential: the browser signs in once, through the login form, with the leader's key.</summary>
    private void Open(string path)
    {
        if (!_signedIn && path.StartsWith("/networks/", StringComparison.Ordinal))
        {
            Browser.Navigate().GoToUrl(host.Address + "/login");
            var key = Browser.FindElement(By.Id("key"));
            key.SendKeys(host.LeaderKey);
            key.Submit();
            _signedIn = true;
        }
        Browser.Navigate().GoToUrl(host.Address + path);
    }

    private static string Cell(IWebElement table, string key, string measure) =>
        table.FindElement(By.CssSelector($"tr[data-indicator='{key}'][data-measure='{measure}'] td")).Text;

    private string FirstVisitDates() =>
        Browser.FindElement(By.CssSelector("#meetings tr[data-stream='meeting-bytow-first-visit'] td")).Text;

    private void Screenshot(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"observatory-{name}-{DateTime.UtcNow:yyyyMMddHHmmss}.png");
        ((ITakesScreenshot)Browser).GetScreenshot().SaveAsFile(path);
        output.WriteLine($"Screenshot: {path}");
    }

    public void Dispose() => _chromium.Dispose();
}
