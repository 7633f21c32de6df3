using Microsoft.AspNetCore.Http;
using Observatory.Host.Localization;

namespace Observatory.Host.Tests.Localization;

/// <summary>Which language a request is served in: the switch, then the remembered choice, then the browser's preference, then English.</summary>
public sealed class LanguageChoiceSpecs
{
    [Fact]
    public void A_lang_switch_chooses_the_language_and_remembers_it_in_a_cookie()
    {
        var http = Request(query: "?lang=pl");

        Assert.Equal(Language.Polish, LanguageChoice.Choose(http));
        var cookie = http.Response.Headers.SetCookie.ToString();
        Assert.StartsWith($"{LanguageChoice.Cookie}=pl", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_remembered_language_wins_over_the_browsers_preference()
    {
        var http = Request(cookie: "lt", acceptLanguage: "de-DE,de;q=0.9,en;q=0.5");

        Assert.Equal(Language.Lithuanian, LanguageChoice.Choose(http));
    }

    [Fact]
    public void A_switch_wins_over_the_remembered_language()
    {
        Assert.Equal(Language.Swedish, LanguageChoice.Choose(Request(query: "?lang=sv", cookie: "lt")));
    }

    [Fact]
    public void The_browsers_preferences_are_taken_in_order_of_quality_not_of_writing()
    {
        var http = Request(acceptLanguage: "fr;q=0.9, sv;q=0.4, de-AT;q=0.8, en;q=0.1");

        Assert.Equal(Language.German, LanguageChoice.Choose(http)); // fr is not offered; de-AT is German at 0.8, above sv at 0.4
    }

    [Fact]
    public void A_preference_of_quality_zero_is_a_refusal()
    {
        Assert.Equal(Language.English, LanguageChoice.Choose(Request(acceptLanguage: "pl;q=0")));
    }

    [Theory]
    [InlineData("?lang=xx", null, null)]
    [InlineData("?lang=", null, null)]
    [InlineData("", "klingon", null)]
    [InlineData("", null, "fr-FR, es;q=0.5")]
    public void Unknown_codes_are_ignored_and_the_page_is_english(string query, string? cookie, string? acceptLanguage)
    {
        var http = Request(query, cookie, acceptLanguage);

        Assert.Equal(Language.English, LanguageChoice.Choose(http));
        Assert.False(http.Response.Headers.ContainsKey("Set-Cookie"));
    }

    [Fact]
    public void An_unknown_switch_falls_through_to_the_remembered_language()
    {
        Assert.Equal(Language.Polish, LanguageChoice.Choose(Request(query: "?lang=xx", cookie: "pl")));
    }

    [Fact]
    public void The_language_links_keep_the_pages_other_parameters_and_mark_the_current_one()
    {
        var texts = Request(query: "?period=2023&lang=de").Texts();

        Assert.Equal(Language.German, texts.Language);
        var polish = texts.Switches.Single(s => s.Language == Language.Polish);
        Assert.Equal("/networks/n?period=2023&lang=pl", polish.Href);
        Assert.True(texts.Switches.Single(s => s.Current).Language == Language.German);
    }

    private static DefaultHttpContext Request(string query = "", string? cookie = null, string? acceptLanguage = null)
    {
        var http = new DefaultHttpContext();
        http.Request.Path = "/networks/n";
        http.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        if (cookie is not null)
            http.Request.Headers.Cookie = $"{LanguageChoice.Cookie}={cookie}";
        if (acceptLanguage is not null)
            http.Request.Headers.AcceptLanguage = acceptLanguage;
        return http;
    }
}
