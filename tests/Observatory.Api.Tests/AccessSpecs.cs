using System.Net;
using Observatory.Host.Access;

namespace Observatory.Api.Tests;

/// <summary>Roles and tenants: who may record what, and a credential of one network never sees another.</summary>
public sealed class AccessSpecs(ApiHost host) : IClassFixture<ApiHost>
{
    private const string Other = "pomerania-pilots";

    [Fact]
    public async Task A_request_without_a_key_is_a_401_problem_and_the_public_pages_stay_open()
    {
        using var anonymous = host.Client();

        using var view = await anonymous.GetAsync($"/api/v1/networks/{ApiHost.Network}/views/timeline");
        using var feed = await anonymous.GetAsync($"/api/v1/networks/{ApiHost.Network}/events");
        using var forged = host.Client("obs_" + ApiHost.Network + "_not-a-real-key");
        using var forgedView = await forged.GetAsync($"/api/v1/networks/{ApiHost.Network}/views/timeline");

        Assert.Equal(HttpStatusCode.Unauthorized, view.StatusCode);
        Assert.Equal("Bearer", view.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, feed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forgedView.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/public/{ApiHost.Network}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/")).StatusCode);
        var health = await anonymous.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.DoesNotContain("obs_", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_opening_the_dashboard_without_a_key_is_sent_to_sign_in_and_brought_back()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = host.Address };
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        using var page = await browser.GetAsync($"/networks/{ApiHost.Network}?period=term");
        using var api = await browser.GetAsync($"/api/v1/networks/{ApiHost.Network}/views/timeline");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal($"/login?returnUrl={Uri.EscapeDataString($"/networks/{ApiHost.Network}?period=term")}", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task A_representative_records_for_their_own_partner_and_gets_403_for_another_partner()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Representative, partner: "markaryd"));
        var before = await host.HeadAsync();

        using var own = await client.PostAsync(Entries.NewStream("practice"), "practice-shared", Entries.PracticeOf("markaryd"));
        using var foreign = await client.PostAsync(Entries.NewStream("practice"), "practice-shared", Entries.PracticeOf("frankenberg"));
        using var plan = await client.PostAsync(Entries.NewStream("cycle"), "evaluation-cycle-opened",
            """{"data":{"startsOn":"2024-01-01","endsOn":"2024-12-31"}}""");

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal("partner-not-own", (await foreign.JsonAsync()).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, plan.StatusCode);
        Assert.Equal(before + 1, await host.HeadAsync());
    }

    [Fact]
    public async Task An_analyst_reads_and_replays_but_records_nothing_and_a_subscriber_reads_only_the_feed()
    {
        using var analyst = host.Client(await host.KeyAsync(Roles.Analyst));
        using var subscriber = host.Client(await host.KeyAsync(Roles.Subscriber));
        var before = await host.HeadAsync();

        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"/api/v1/networks/{ApiHost.Network}/views/timeline?at=10")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync(Entries.NewStream("practice"), "practice-shared", Entries.Practice)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await subscriber.GetAsync($"/api/v1/networks/{ApiHost.Network}/events?limit=1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await subscriber.GetAsync($"/api/v1/networks/{ApiHost.Network}/views/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await subscriber.PostAsync(Entries.NewStream("practice"), "practice-shared", Entries.Practice)).StatusCode);
        Assert.Equal(before, await host.HeadAsync());
    }

    [Fact]
    public async Task A_credential_of_another_network_can_neither_read_nor_write_anything_of_this_one()
    {
        using var admin = host.Client(await host.KeyAsync(Roles.Administrator, Other));
        using var founded = await admin.PostAsync("network", "network-founded",
            """{"data":{"name":"Three steps to integration in Pomerania","foundedOn":"2023-03-01"}}""", network: Other);
        Assert.Equal(HttpStatusCode.Created, founded.StatusCode);
        using var stranger = host.Client(await host.KeyAsync(Roles.Leader, Other));
        var before = await host.HeadAsync();
        var prefix = $"/api/v1/networks/{ApiHost.Network}";

        foreach (var path in new[]
                 {
                     $"{prefix}/views/timeline", $"{prefix}/views/indicators?at=5", $"{prefix}/views/timeline/diff?from=at:5&to=now",
                     $"{prefix}/evaluations/latest", $"{prefix}/events", $"{prefix}/events/live", $"{prefix}/streams/network",
                     $"/networks/{ApiHost.Network}",
                 })
        {
            using var response = await stranger.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        }
        using var write = await stranger.PostAsync(Entries.NewStream("practice"), "practice-shared", Entries.Practice);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.Equal(before, await host.HeadAsync());

        // and the other way round: this network's leader does not see the other network
        using var leader = host.Client(await host.KeyAsync(Roles.Leader));
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/api/v1/networks/{Other}/views/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.PostAsync("network", "partner-joined",
            """{"data":{"partnerId":"slupsk","name":"Słupsk","country":"pl","kind":"municipality","joinedOn":"2023-03-02"}}""", network: Other)).StatusCode);
        Assert.Equal(1, await host.HeadAsync(Other));
    }

    [Fact]
    public async Task A_revoked_key_stops_working()
    {
        var created = await host.RunVerbAsync("keys", "create", "--network", ApiHost.Network, "--role", Roles.Analyst);
        var key = created.Output.Trim();
        var keyId = created.Error.Split(' ')[2];
        var listed = (await host.RunVerbAsync("keys", "list", "--network", ApiHost.Network)).Output;

        var (exit, _, _) = await host.RunVerbAsync("keys", "revoke", "--network", ApiHost.Network, "--key-id", keyId);
        using var client = host.Client(key);

        Assert.Equal(0, exit);
        Assert.Contains(keyId, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/v1/networks/{ApiHost.Network}/views/timeline")).StatusCode);
    }
}
