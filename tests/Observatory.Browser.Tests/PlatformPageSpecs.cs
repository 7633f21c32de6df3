using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Observatory.Browser.Tests;

/// <summary>Issue 8 in a real Chromium: the helpline directory searched by language, and an overdue country guide flagged.</summary>
[Collection(HostCollection.Name)]
public sealed class PlatformPageSpecs(HostFixture host, ITestOutputHelper output) : IDisposable
{
    private const string Dashboard = $"/networks/{HostFixture.Network}";
    private readonly FormBrowser _browser = new(host, output);

    [Fact]
    public void Searching_the_directory_by_language_shows_only_the_specialists_who_speak_it()
    {
        _browser.SignIn(host.LeaderKey);
        _browser.Open(Dashboard);
        _browser.Find("nav[aria-label='Pages'] a[href$='/directory']").Click();
        var listed = Rows().Count;

        _browser.Type("search-language", "uk");
        _browser.Find("form[role='search'] button[type='submit']").Click();
        Assert.Contains("language=uk", _browser.WaitForUrl("language=uk"), StringComparison.Ordinal);
        _browser.Screenshot("directory-searched-by-language");

        var rows = Rows();
        Assert.Equal(["specialist-bytow-labour-office-foreigners-desk", "specialist-parasol-migrant-families", "specialist-vorpommern-ruegen-integration-management"],
            rows.Select(r => r.GetAttribute("data-stream")).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Contains("uk", r.FindElement(By.CssSelector("td.languages")).Text.Split(", "), StringComparer.Ordinal));
        Assert.True(rows.Count < listed, $"{rows.Count} of {listed}");
        Assert.DoesNotContain("Municipality of Markaryd", _browser.Text("#directory"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_guide_past_its_review_date_is_flagged_above_the_guides_and_on_its_own_entry()
    {
        _browser.SignIn(host.LeaderKey);
        _browser.Open($"{Dashboard}/guides?happened-by=2023-07-01&lang=en");
        _browser.Screenshot("guides-overdue");

        var alert = _browser.Find("#overdue");
        Assert.True(alert.Displayed);
        Assert.StartsWith("Review overdue: 1", alert.Text, StringComparison.Ordinal);
        Assert.Contains("Poland · Temporary protection", alert.Text, StringComparison.Ordinal);
        Assert.NotEmpty(_browser.Driver.FindElements(By.CssSelector("#guide-pl-temporary-protection [data-overdue='true']")));
        Assert.Empty(_browser.Driver.FindElements(By.CssSelector("#guide-de-temporary-protection [data-overdue='true']")));
        Assert.Contains("3 of 4 (75", _browser.Text("#guides-indicator"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_guides_page_in_lithuanian_flags_the_overdue_review_in_lithuanian()
    {
        _browser.SignIn(host.LeaderKey);
        _browser.Open($"{Dashboard}/guides?happened-by=2023-07-01&lang=lt");

        Assert.StartsWith("Vėluojanti peržiūra: 1", _browser.Text("#overdue"), StringComparison.Ordinal);
        Assert.Equal("lt", _browser.Find("html").GetAttribute("lang"));
    }

    private List<IWebElement> Rows() => [.. _browser.Driver.FindElements(By.CssSelector("#directory tbody tr"))];

    public void Dispose() => _browser.Dispose();
}
