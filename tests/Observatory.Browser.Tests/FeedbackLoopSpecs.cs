using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Observatory.Browser.Tests;

/// <summary>
/// Issue 6 as a new user tries it: a migrant gives feedback without any key, receives a status token, checks it; the
/// partner's representative answers; the status changes; the public page shows nothing personal throughout.
/// </summary>
[Collection(RecordingHostCollection.Name)]
public sealed class FeedbackLoopSpecs(HostFixture host, ITestOutputHelper output)
{
    private const string Email = "amina.example@mail.example";
    private const string Message = "The integration office in Markaryd is closed when I finish work.";

    [Fact]
    public async Task Feedback_given_anonymously_gets_a_token_whose_status_changes_when_the_representative_responds()
    {
        string token;
        using (var migrant = new FormBrowser(host, output))
        {
            migrant.Open($"/public/{HostFixture.Network}");
            migrant.Find("#give-feedback a[href^='/feedback/']").Click();
            migrant.Choose("partnerId", "markaryd");
            migrant.Choose("type", "complaint");
            migrant.Choose("theme", "public-services");
            migrant.Choose("language", "uk");
            migrant.Choose("rating", "2");
            migrant.Type("text", Message);
            migrant.Type("contactEmail", Email);
            migrant.Submit();

            // Contact details without consent: refused by the domain's own rule, beside the consent box; values kept.
            Assert.Equal("contact-without-consent", migrant.Find("#consent-error").GetAttribute("data-rule"));
            Assert.Equal(Email, migrant.Find("#contactEmail").GetAttribute("value"));
            migrant.Screenshot("feedback-form-refused");

            migrant.Tick("consent");
            migrant.Submit();
            token = migrant.Text("#status-token");
            Assert.Matches("^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$", token);
            Assert.DoesNotContain(token, migrant.Driver.Url, StringComparison.Ordinal);
            migrant.Screenshot("feedback-token-shown-once");

            migrant.Find("#status-link").Click();
            migrant.Type("token", token.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)); // as a person might copy it
            migrant.Submit();
            Assert.Equal("received", migrant.Text("#status-value"));
            Assert.Equal("No response yet.", migrant.Text("#responses"));
            Assert.DoesNotContain(Message, migrant.Driver.PageSource, StringComparison.Ordinal);
            Assert.DoesNotContain("markaryd", migrant.Driver.PageSource, StringComparison.OrdinalIgnoreCase);
        }

        using (var representative = new FormBrowser(host, output))
        {
            representative.SignIn(await host.CreateKeyAsync("representative", "markaryd"));
            representative.Open($"/networks/{HostFixture.Network}/feedback");
            var row = representative.Find("#feedback-cases tbody tr");
            Assert.Contains("public-services", row.Text, StringComparison.Ordinal);
            row.FindElement(By.TagName("a")).Click();
            Assert.Equal(Message, representative.Text("#case-text"));
            Assert.DoesNotContain(Email, representative.Driver.PageSource, StringComparison.Ordinal); // sealed, not shown
            representative.Choose("scope", "collective");
            representative.Type("response", "You said the office closes too early: from June it opens on Thursday evenings.");
            representative.Type("outcomeStream", "outcome-recommendation-1");
            representative.Submit("form[action$='/respond']");
            Assert.Contains("responded", representative.Text("#confirmation"), StringComparison.Ordinal);
            Assert.Equal("responded", representative.Text("#case-status"));
            representative.Screenshot("feedback-responded-by-representative");
        }

        using var after = new FormBrowser(host, output);
        after.Open("/status");
        after.Type("token", token);
        after.Submit();
        Assert.Equal("responded", after.Text("#status-value"));
        Assert.Contains("opens on Thursday evenings", after.Text("#responses"), StringComparison.Ordinal);
        Assert.Contains("outcome-recommendation-1", after.Text("#responses"), StringComparison.Ordinal);
        after.Screenshot("feedback-status-responded");

        after.Open($"/public/{HostFixture.Network}");
        var page = after.Driver.PageSource;
        foreach (var personal in new[] { Email, Message, token, "Deputy Mayor" })
            Assert.DoesNotContain(personal, page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("fewer than 5", after.Text("#feedback-total"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_token_says_so_and_nothing_else()
    {
        using var browser = new FormBrowser(host, output);
        browser.Open("/status");
        browser.Type("token", "AAAA-BBBB-CCCC-DDDD-EEEE");
        browser.Submit();

        Assert.StartsWith("No feedback carries this token", browser.Text("#status-error"), StringComparison.Ordinal);
        Assert.Empty(browser.Driver.FindElements(By.Id("status")));
    }
}
