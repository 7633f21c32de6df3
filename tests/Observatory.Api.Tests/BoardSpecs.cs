using System.Net;
using Observatory.Host.Access;

namespace Observatory.Api.Tests;

/// <summary>The board page over HTTP: its filters, a post recorded through the API showing on it, and tenants kept apart.</summary>
public sealed class BoardSpecs(ApiHost host) : IClassFixture<ApiHost>
{
    private const string Board = $"/networks/{ApiHost.Network}/board";

    private async Task<string> PageAsync(HttpClient client, string query = "", string waitFor = "post-staff-training-question")
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var html = await client.GetStringAsync(Board + query);
            if (html.Contains($"id=\"{waitFor}\"", StringComparison.Ordinal) || DateTime.UtcNow > deadline)
                return html; // the daemon builds the board's read model after start; wait for it
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task The_board_filters_by_kind_partner_and_theme()
    {
        using var leader = host.Client(await host.KeyAsync(Roles.Leader));
        await PageAsync(leader);

        var questions = await PageAsync(leader, "?kind=question");
        var bytow = await leader.GetStringAsync(Board + "?partner=bytow-municipality");
        var education = await leader.GetStringAsync(Board + "?theme=education");

        Assert.Contains("id=\"post-staff-training-question\"", questions, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"post-report-published\"", questions, StringComparison.Ordinal);
        Assert.Contains("id=\"post-report-published\"", bytow, StringComparison.Ordinal);
        Assert.Contains("id=\"post-working-group-language-education\"", bytow, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"post-staff-training-question\"", bytow, StringComparison.Ordinal);
        Assert.Contains("id=\"post-working-group-language-education\"", education, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"post-report-published\"", education, StringComparison.Ordinal);
        Assert.True(bytow.IndexOf("id=\"post-working-group-language-education\"", StringComparison.Ordinal)
            < bytow.IndexOf("id=\"post-report-published\"", StringComparison.Ordinal), "newest first");
    }

    [Fact]
    public async Task An_unknown_kind_or_a_days_limit_that_is_not_a_number_is_a_problem_naming_the_parameter()
    {
        using var leader = host.Client(await host.KeyAsync(Roles.Leader));

        using var kind = await leader.GetAsync(Board + "?kind=rumour");
        using var days = await leader.GetAsync(Board + "?days=soon");

        Assert.Equal(HttpStatusCode.BadRequest, kind.StatusCode);
        Assert.Equal("kind", (await kind.JsonAsync()).GetProperty("parameter").GetString());
        Assert.Equal("days", (await days.JsonAsync()).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task A_post_recorded_through_the_api_with_a_kind_shows_on_the_board_with_user_text_escaped()
    {
        using var representative = host.Client(await host.KeyAsync(Roles.Representative, partner: "frankenberg"));
        var stream = Entries.NewStream("post");

        using var posted = await representative.PostAsync(stream, "board-post-published",
            """{"data":{"partnerId":"frankenberg","title":"Internship <b>in</b> Frankenberg","body":"Two places.","language":"de","kind":"internship-offer"}}""");
        var html = await PageAsync(representative, "?kind=internship-offer", waitFor: stream);

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Contains("Internship &lt;b&gt;in&lt;/b&gt; Frankenberg", html, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"kind\">Offer of an internship</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_credential_of_another_network_gets_nothing_of_this_board()
    {
        const string other = "board-strangers";
        using var admin = host.Client(await host.KeyAsync(Roles.Administrator, other));
        using var founded = await admin.PostAsync("network", "network-founded", """{"data":{"name":"Strangers","foundedOn":"2023-03-01"}}""", network: other);
        using var stranger = host.Client(await host.KeyAsync(Roles.Leader, other));
        var before = await host.HeadAsync();

        foreach (var path in new[] { Board, $"{Board}/live", $"{Board}?kind=question" })
        {
            using var response = await stranger.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
            Assert.DoesNotContain("post-staff-training-question", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using var form = new FormUrlEncodedContent([new("title", "Hello"), new("body", "Text"), new("language", "en"), new("partnerId", "bytow-municipality")]);
        using var post = await stranger.PostAsync($"{Board}/posts", form);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(before, await host.HeadAsync());
    }
}
