using OpenQA.Selenium;
using Observatory.Host.Access;
using Xunit.Abstractions;

namespace Observatory.Browser.Tests;

/// <summary>
/// The activity board in a real Chromium: two partner representatives have it open; what one posts appears on the
/// other's page without a reload; the report's unanswered question is flagged; a post without text is refused in the
/// reader's language and nothing is stored.
/// </summary>
[Collection(RecordingHostCollection.Name)]
public sealed class BoardSpecs(HostFixture host, ITestOutputHelper output) : IDisposable
{
    private const string Board = $"/networks/{HostFixture.Network}/board";
    private readonly FormBrowser _markaryd = new(host, output);
    private readonly FormBrowser _taurage = new(host, output);

    [Fact]
    public async Task A_post_by_one_representative_appears_on_another_representatives_open_board_without_reload()
    {
        _markaryd.SignIn(await host.CreateKeyAsync(Roles.Representative, "markaryd"));
        _taurage.SignIn(await host.CreateKeyAsync(Roles.Representative, "taurage"));
        _taurage.Open(Board);
        Assert.True(_taurage.Find("#board-live").Displayed, "the live note shows once the script is connected");
        var marker = _taurage.Find("#board-posts").GetAttribute("data-live");
        ((IJavaScriptExecutor)_taurage.Driver).ExecuteScript("window.notReloaded = true;");

        _markaryd.Open(Board);
        _markaryd.Find("#new-post summary").Click();
        Assert.Equal("Municipality of Markaryd", _markaryd.Text("#new-partnerId"));
        _markaryd.Type("new-title", "Study visit on <adult> language courses");
        _markaryd.Choose("new-kind", "visit-offer");
        _markaryd.Choose("new-thematicArea", "education");
        _markaryd.Type("new-language", "en");
        _markaryd.Type("new-body", "We can host two partners in autumn & show the SFI classes.");
        _markaryd.Submit("#new-post form");
        Assert.Contains("done=post", _markaryd.WaitForUrl("done=post"), StringComparison.Ordinal);

        var arrived = WaitFor(_taurage, "#board-posts > li:first-child h3", "Study visit on <adult> language courses");
        Assert.Equal(true, ((IJavaScriptExecutor)_taurage.Driver).ExecuteScript("return window.notReloaded === true;"));
        Assert.Equal(marker, _taurage.Find("#board-posts").GetAttribute("data-live"));
        var post = _taurage.Find("#board-posts > li:first-child");
        Assert.Contains("Offer of a visit", post.Text, StringComparison.Ordinal);
        Assert.Contains("Municipality of Markaryd", post.Text, StringComparison.Ordinal);
        Assert.Contains("autumn & show", post.Text, StringComparison.Ordinal);
        Assert.Empty(post.FindElements(By.TagName("adult"))); // typed markup stays text
        Assert.Equal("New post: Study visit on <adult> language courses", _taurage.Text("#board-live"));
        _taurage.Screenshot("board-live-post-arrived");
        Assert.NotNull(arrived);
    }

    [Fact]
    public void The_reports_unanswered_question_is_flagged_and_a_longer_limit_clears_the_flag()
    {
        _markaryd.SignIn(host.LeaderKey);
        _markaryd.Open(Board);

        Assert.Contains("unanswered", _markaryd.Find("#post-staff-training-question").GetAttribute("class"), StringComparison.Ordinal);
        Assert.StartsWith("⚑ Unanswered for more than 14 days", _markaryd.Text("#post-staff-training-question-flag"), StringComparison.Ordinal);
        Assert.Empty(_markaryd.Driver.FindElements(By.Id("post-working-group-language-education-flag")));
        Assert.Contains("Questions without an answer for more than 14 days: 1.", _markaryd.Text("#unanswered-summary"), StringComparison.Ordinal);
        _markaryd.Screenshot("board-unanswered");

        _markaryd.Open($"{Board}?days=3650&kind=question");
        Assert.Empty(_markaryd.Driver.FindElements(By.Id("post-staff-training-question-flag")));
        Assert.All(_markaryd.Driver.FindElements(By.CssSelector("#board-posts > li")), li => Assert.Equal("question", li.GetAttribute("data-kind")));
    }

    [Fact]
    public async Task A_post_without_text_gets_the_fields_message_in_polish_and_nothing_is_stored()
    {
        _markaryd.SignIn(await host.CreateKeyAsync(Roles.Representative, "markaryd"));
        _markaryd.Open($"{Board}?lang=pl");
        var before = _markaryd.Driver.FindElements(By.CssSelector("#board-posts > li")).Count;
        _markaryd.Find("#new-post summary").Click();
        _markaryd.Type("new-title", "Pusty wpis");
        _markaryd.Choose("new-kind", "question");
        _markaryd.Submit("#new-post form");

        Assert.Equal("body-required", _markaryd.Find("#new-body-error").GetAttribute("data-rule"));
        Assert.Contains("Wpisz treść", _markaryd.Text("#new-body-error"), StringComparison.Ordinal);
        Assert.Contains("Nic nie zostało opublikowane", _markaryd.Text("#error-summary"), StringComparison.Ordinal);
        Assert.Equal("Pusty wpis", _markaryd.Find("#new-title").GetAttribute("value"));

        _markaryd.Type("new-body", "Treść");
        _markaryd.Type("new-language", "polski");
        _markaryd.Submit("#new-post form");
        Assert.Equal("language-code-invalid", _markaryd.Find("#new-language-error").GetAttribute("data-rule"));
        Assert.Contains("Podaj kod języka", _markaryd.Text("#new-language-error"), StringComparison.Ordinal);

        _markaryd.Open(Board);
        Assert.Equal(before, _markaryd.Driver.FindElements(By.CssSelector("#board-posts > li")).Count);
    }

    private static IWebElement WaitFor(FormBrowser browser, string css, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var found = browser.Driver.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Text == text);
            if (found is not null)
                return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"'{text}' did not appear in {css} within 10 s");
            Thread.Sleep(100);
        }
    }

    public void Dispose()
    {
        _markaryd.Dispose();
        _taurage.Dispose();
    }
}
