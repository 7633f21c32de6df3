using System.Text.Json;
using Observatory.Host.Access;
using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Observatory.Browser.Tests;

/// <summary>
/// Issue 8's check for country guides in a real Chromium: the leader publishes a guide through the form linked from the
/// guides page; bad input gets the field's message in the chosen language and nothing is stored.
/// </summary>
[Collection(RecordingHostCollection.Name)]
public sealed class GuideFormSpecs(HostFixture host, ITestOutputHelper output) : IDisposable
{
    private const string Guides = $"/networks/{HostFixture.Network}/guides";
    private readonly FormBrowser _browser = new(host, output);

    [Fact]
    public async Task A_guide_due_for_review_before_its_publication_is_refused_in_polish_and_the_log_head_does_not_move()
    {
        _browser.SignIn(host.LeaderKey);
        _browser.Open($"{Guides}?lang=pl");
        var head = await HeadAsync();
        _browser.Find("#publish-guide a").Click();
        _browser.Choose("country", "pl");
        _browser.Choose("procedure", "asylum");
        _browser.Type("title", "Ochrona międzynarodowa w Polsce");
        _browser.Type("languages", "pl\nuk");
        _browser.Type("sources", "https://www.gov.pl/web/udsc");
        _browser.Date("occurredOn", "2024-05-01");
        _browser.Date("nextReviewDue", "2024-04-01");
        _browser.Submit();

        var error = _browser.Find("#nextReviewDue-error");
        Assert.Equal("next-review-not-after-today", error.GetAttribute("data-rule"));
        Assert.Contains("Termin następnego przeglądu: musi przypadać po dniu publikacji lub przeglądu", error.Text, StringComparison.Ordinal);
        Assert.Equal("true", _browser.Find("#nextReviewDue").GetAttribute("aria-invalid"));
        Assert.Contains("musi przypadać po dniu publikacji lub przeglądu", _browser.Text("#error-summary"), StringComparison.Ordinal);
        Assert.Equal("Ochrona międzynarodowa w Polsce", _browser.Find("#title").GetAttribute("value")); // kept as typed
        _browser.Screenshot("guide-form-refused-pl");

        _browser.Find("#languages").Clear();
        _browser.Type("languages", "polski");
        _browser.Date("nextReviewDue", "2025-05-01");
        _browser.Submit();
        Assert.Equal("language-code-invalid", _browser.Find("#languages-error").GetAttribute("data-rule"));
        Assert.Contains("Języki: musi być kodem języka ISO 639", _browser.Text("#languages-error"), StringComparison.Ordinal);

        Assert.Equal(head, await HeadAsync());
    }

    [Fact]
    public async Task A_valid_guide_recorded_through_the_form_appears_on_the_guides_page_and_its_review_link_chooses_it()
    {
        _browser.SignIn(host.LeaderKey);
        _browser.Open($"{Guides}?lang=en");
        var head = await HeadAsync();
        _browser.Find("#publish-guide a").Click();
        _browser.Choose("country", "lt");
        _browser.Choose("procedure", "family-reunification");
        _browser.Type("title", "Family reunification in Lithuania");
        _browser.Type("languages", "lt\nen");
        _browser.Type("sources", "https://migracija.lrv.lt/\nLaw on the Legal Status of Aliens, art. 43");
        _browser.Date("occurredOn", "2024-05-01");
        _browser.Date("nextReviewDue", DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); // within the plan's horizon
        _browser.Submit();

        Assert.Contains("/guides?recorded=guide", _browser.WaitForUrl("/guides?recorded=guide"), StringComparison.Ordinal);
        Assert.StartsWith("Recorded: the guide", _browser.Text("#confirmation"), StringComparison.Ordinal);
        var guide = _browser.Driver.FindElements(By.CssSelector("article.guide")).Single(a => a.Text.Contains("Family reunification in Lithuania", StringComparison.Ordinal));
        Assert.Contains("Law on the Legal Status of Aliens, art. 43", guide.Text, StringComparison.Ordinal);
        Assert.Equal(head + 1, await HeadAsync());
        _browser.Screenshot("guide-recorded");

        var stream = guide.GetAttribute("id");
        guide.FindElement(By.CssSelector("a.review")).Click();
        Assert.Equal(stream, _browser.Find("select#guide option[selected]").GetAttribute("value"));
        _browser.Date("reviewedOn", "2024-06-01");
        _browser.Date("nextReviewDue", "2024-05-01");
        _browser.Submit();
        Assert.Equal("next-review-not-after-today", _browser.Find("#nextReviewDue-error").GetAttribute("data-rule"));
        Assert.Equal(head + 1, await HeadAsync());
    }

    [Fact]
    public async Task A_representative_is_not_offered_the_guide_forms()
    {
        _browser.SignIn(await host.CreateKeyAsync(Roles.Representative, "markaryd"));
        _browser.Open(Guides);
        Assert.Empty(_browser.Driver.FindElements(By.Id("publish-guide")));
        Assert.Empty(_browser.Driver.FindElements(By.CssSelector("a.review")));

        _browser.Open($"/networks/{HostFixture.Network}/record/guide");
        Assert.Empty(_browser.Driver.FindElements(By.CssSelector("form.entry")));
        Assert.Contains("Country guides are recorded by the network's leader", _browser.Driver.PageSource, StringComparison.Ordinal);
    }

    private async Task<long> HeadAsync()
    {
        using var document = JsonDocument.Parse(await host.Http.GetStringAsync($"/api/v1/networks/{HostFixture.Network}/views/guides"));
        return document.RootElement.GetProperty("head").GetInt64();
    }

    public void Dispose() => _browser.Dispose();
}
