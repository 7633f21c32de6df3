using System.Text.RegularExpressions;
using Observatory.Host.Localization;
using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Observatory.Browser.Tests;

/// <summary>
/// The pages in the partners' languages, in a real Chromium: the language switch of the page itself, then every label a
/// person reads checked against the English catalogue, so a text left in English is found whatever page section holds it.
/// </summary>
[Collection(RecordingHostCollection.Name)]
public sealed partial class LanguageSpecs(HostFixture host, ITestOutputHelper output) : IDisposable
{
    private const string Dashboard = $"/networks/{HostFixture.Network}";

    // What a person reads as a label: headings, table headers and captions, form labels, buttons, links, legends and chart texts.
    private const string Labels = "h1, h2, h3, th, caption, label, legend, summary, button, a, option, dt, svg text, svg title, .hint, p.muted";

    private readonly FormBrowser _browser = new(host, output);

    [Fact]
    public void Switching_the_dashboard_to_polish_and_then_to_lithuanian_leaves_no_label_in_english()
    {
        _browser.SignIn(host.LeaderKey);
        _browser.Open(Dashboard);
        Assert.Equal("en", _browser.Find("html").GetAttribute("lang"));

        _browser.Find("nav.languages a[hreflang='pl']").Click();
        Assert.Equal("pl", _browser.Find("html").GetAttribute("lang"));
        Assert.Equal("Przegląd", _browser.Text("#overview-h"));
        AssertNoEnglishLabel("pl");
        _browser.Screenshot("dashboard-pl");

        _browser.Find("nav.languages a[hreflang='lt']").Click();
        Assert.Equal("lt", _browser.Find("html").GetAttribute("lang"));
        Assert.Equal("Apžvalga", _browser.Text("#overview-h"));
        AssertNoEnglishLabel("lt");
        _browser.Screenshot("dashboard-lt");

        // The choice is remembered: the next page comes in Lithuanian without a switch in its address.
        _browser.Open($"/public/{HostFixture.Network}");
        Assert.Equal("lt", _browser.Find("html").GetAttribute("lang"));
        AssertNoEnglishLabel("lt");
    }

    [Fact]
    public void Dates_and_numbers_follow_the_chosen_language()
    {
        _browser.SignIn(host.LeaderKey);
        _browser.Open($"{Dashboard}?lang=de");

        var joined = _browser.Find("#partners tbody tr td time").Text;
        Assert.Matches(DottedDate(), joined); // 01.06.2022, not 2022-06-01
    }

    [Fact]
    public void An_invalid_entry_sent_with_the_polish_page_is_refused_in_polish_and_nothing_is_stored()
    {
        _browser.SignIn(host.LeaderKey);
        _browser.Open($"{Dashboard}?lang=pl");
        var before = _browser.Text("#tile-resources");

        _browser.Open($"{Dashboard}/record/resource");
        Assert.Equal("pl", _browser.Find("html").GetAttribute("lang"));
        _browser.Choose("kind", "legal");
        _browser.Type("title", "Przewodnik po procedurze azylowej");
        _browser.Type("url", "https://bytow.example/przewodnik");
        _browser.Type("language", "polski");
        _browser.Choose("partnerId", "bytow-municipality");
        _browser.Submit();

        var error = _browser.Find("#language-error");
        Assert.Equal("language-code-invalid", error.GetAttribute("data-rule"));
        Assert.Contains("Język: musi być kodem języka ISO 639", error.Text, StringComparison.Ordinal);
        Assert.Contains("musi być kodem języka ISO 639", _browser.Text("#error-summary"), StringComparison.Ordinal);
        Assert.Equal("Nic nie zostało zapisane: popraw poniższe", _browser.Text("#error-summary h2"));
        Assert.StartsWith("Błąd:", _browser.Driver.Title, StringComparison.Ordinal);
        Assert.Equal("Przewodnik po procedurze azylowej", _browser.Find("#title").GetAttribute("value")); // as typed
        _browser.Screenshot("resource-form-refused-pl");

        _browser.Open(Dashboard);
        Assert.Equal(before, _browser.Text("#tile-resources"));
    }

    private void AssertNoEnglishLabel(string language)
    {
        var english = EnglishOnly(language);
        var seen = _browser.Driver.FindElements(By.CssSelector(Labels))
            .Select(e => Normalize(e.GetAttribute("textContent") ?? ""))
            .Where(text => text.Length > 0)
            .ToList();
        Assert.True(seen.Count > 100, $"only {seen.Count} labels found: is this the dashboard?");
        var untranslated = seen.Where(english.Contains).Distinct().ToList();
        Assert.True(untranslated.Count == 0, $"English labels on the {language} page: {string.Join(" | ", untranslated)}");
    }

    /// <summary>Every English text of the catalogue (without holes) that <paramref name="language"/> lacks or writes differently.</summary>
    private static HashSet<string> EnglishOnly(string language)
    {
        var catalogue = TextCatalog.Default;
        return [.. catalogue.Keys("en")
            .Select(key => (English: catalogue.Find("en", key)!, Translated: catalogue.Find(language, key)))
            .Where(p => !p.English.Contains('{') && (p.Translated is null || Normalize(p.Translated) != Normalize(p.English)))
            .Select(p => Normalize(p.English))];
    }

    private static string Normalize(string text) => Space().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{4}$")]
    private static partial Regex DottedDate();

    public void Dispose() => _browser.Dispose();
}
