using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Observatory.Browser.Tests;

/// <summary>A leader records through the forms in a real Chromium: what the form accepts shows on the dashboard, what it refuses is explained beside its input.</summary>
[Collection(RecordingHostCollection.Name)]
public sealed partial class RecordingFormSpecs(HostFixture host, ITestOutputHelper output) : IDisposable
{
    private const string Dashboard = $"/networks/{HostFixture.Network}";
    private readonly FormBrowser _browser = new(host, output);

    [Fact]
    public void A_practice_recorded_through_the_form_shows_in_the_heatmap_and_the_practices_count()
    {
        _browser.SignIn(host.LeaderKey);
        _browser.Open(Dashboard);
        var before = Practices();
        Assert.Contains("City of Frankenberg, 2023-Q2: no activity", _browser.Driver.PageSource, StringComparison.Ordinal);

        _browser.Find("nav[aria-label='Pages'] a[href$='/record']").Click();
        _browser.Find("a[href$='/record/practice']").Click();
        _browser.Type("title", "Job fair for newcomers");
        _browser.Tick("thematicAreas-labour-market");
        _browser.Choose("partnerId", "frankenberg");
        _browser.Date("occurredOn", "2023-05-10");
        _browser.Type("links", "https://frankenberg.example/job-fair");
        _browser.Screenshot("practice-form-filled");
        _browser.Submit();

        Assert.Contains("?recorded=practice", _browser.WaitForUrl("?recorded=practice"), StringComparison.Ordinal);
        Assert.StartsWith("Recorded: the practice", _browser.Text("#confirmation"), StringComparison.Ordinal);
        Assert.Equal(before + 1, Practices());
        Assert.Contains("City of Frankenberg, 2023-Q2: 1 shared", _browser.Driver.PageSource, StringComparison.Ordinal);
        _browser.Screenshot("practice-recorded-dashboard");
    }

    [Fact]
    public void An_invalid_practice_is_refused_with_the_apis_message_beside_its_input_and_nothing_is_stored()
    {
        _browser.SignIn(host.LeaderKey);
        _browser.Open(Dashboard);
        var before = Practices();
        _browser.Open($"{Dashboard}/record/practice");
        _browser.Type("title", "A practice with a broken link");
        _browser.Tick("thematicAreas-education");
        _browser.Choose("partnerId", "markaryd");
        _browser.Type("links", "not a web address");
        _browser.Submit();

        var error = _browser.Find("#links-error");
        Assert.Equal("url-invalid", error.GetAttribute("data-rule"));
        Assert.Contains("links[0]: must be an absolute http(s) address", error.Text, StringComparison.Ordinal);
        Assert.Equal("true", _browser.Find("#links").GetAttribute("aria-invalid"));
        Assert.Contains("links-error", _browser.Find("#links").GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Contains("must be an absolute http(s) address", _browser.Text("#error-summary"), StringComparison.Ordinal);
        Assert.Equal("A practice with a broken link", _browser.Find("#title").GetAttribute("value")); // kept as typed
        Assert.True(_browser.Find("#thematicAreas-education").Selected);
        Assert.StartsWith("Error:", _browser.Driver.Title, StringComparison.Ordinal);
        _browser.Screenshot("practice-form-refused");

        _browser.Open(Dashboard);
        Assert.Equal(before, Practices());
    }

    [Fact]
    public async Task A_representatives_form_offers_only_their_own_partner()
    {
        var key = await host.CreateKeyAsync("representative", "markaryd");
        _browser.SignIn(key);
        _browser.Open($"{Dashboard}/record/meeting");

        Assert.Equal("Municipality of Markaryd", _browser.Text("p.fixed#hostPartnerId"));
        Assert.Empty(_browser.Driver.FindElements(OpenQA.Selenium.By.CssSelector("select#hostPartnerId")));
    }

    private int Practices() => int.Parse(TilePattern().Match(_browser.Text("#tile-practices")).Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^[0-9]+")]
    private static partial Regex TilePattern();

    public void Dispose() => _browser.Dispose();
}
