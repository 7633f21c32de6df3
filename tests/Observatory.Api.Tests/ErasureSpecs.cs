using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Observatory.Host.Access;
using Observatory.Host.Privacy;
using Observatory.Host.Projections;
using Observatory.Host.Tests.Privacy;
using Observatory.Projections.Feedback;

namespace Observatory.Api.Tests;

/// <summary>A host of its own: the proof stops it to read the database files whole.</summary>
public sealed class ErasureHost : ApiHost;

/// <summary>
/// Erasure over HTTP: the same proof as the eraser's own (<c>SqliteErasureProofSpecs</c>), reached through
/// <c>DELETE /api/v1/networks/{network}/person-keys/{keyId}</c> with a leader's key.
/// </summary>
public sealed class ErasureProofSpecs(ErasureHost host) : IClassFixture<ErasureHost>
{
    [Fact]
    public async Task After_an_erasure_through_the_api_the_contact_is_unreadable_in_every_view_the_export_the_feed_and_the_database()
    {
        var vault = host.Services.GetRequiredService<ContactVault>();
        var sealedContact = await PrivacyLog.WriteAsync(host.Store, vault);
        var key = (await host.Services.GetRequiredService<IPersonKeys>().FindAsync(PrivacyLog.Network, sealedContact.KeyId))!;
        using var leader = host.Client(await host.KeyAsync(Roles.Leader, PrivacyLog.Network));
        var needles = PrivacyLog.Needles(key);
        Assert.Equal(["the person's key"], PrivacyLog.Found(await DatabaseBytesAsync(), needles)); // the search finds what is there

        using var first = await leader.DeleteAsync($"/api/v1/networks/{PrivacyLog.Network}/person-keys/{sealedContact.KeyId}");
        using var second = await leader.DeleteAsync($"/api/v1/networks/{PrivacyLog.Network}/person-keys/{sealedContact.KeyId}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var answer = await first.JsonAsync();
        Assert.True(answer.GetProperty("keyDeleted").GetBoolean());
        Assert.Equal(PrivacyLog.FeedbackStream, answer.GetProperty("streams").EnumerateArray().Single().GetString());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var again = await second.JsonAsync();
        Assert.False(again.GetProperty("keyDeleted").GetBoolean());
        Assert.Empty(again.GetProperty("streams").EnumerateArray());
        Assert.True(again.GetProperty("alreadyErased").GetBoolean());

        var events = await host.Store.ReadAllAsync(PrivacyLog.Network, 0, 100);
        var erased = Assert.Single(events, e => e.Type == "personal-data-erased");
        Assert.Equal($$"""{"keyId":"{{sealedContact.KeyId}}"}""", erased.Data);
        Assert.Equal("[erased]", (await vault.RevealAsync(PrivacyLog.Network, sealedContact)).ToString());
        Assert.True((await FeedbackReadModelAsync(erased.Position)).Cases[PrivacyLog.FeedbackStream].ContactErased);

        using var feed = await leader.GetAsync($"/api/v1/networks/{PrivacyLog.Network}/events?after=0&limit=100");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Empty(PrivacyLog.Found(await feed.Content.ReadAsByteArrayAsync(), needles));
        var export = await host.RunVerbAsync("events", "--network", PrivacyLog.Network, "--format", "jsonl");
        Assert.Contains("personal-data-erased", export.Output, StringComparison.Ordinal);
        Assert.Empty(PrivacyLog.Found(Encoding.UTF8.GetBytes(export.Output), needles));
        await host.StopAsync();
        Assert.Empty(PrivacyLog.Found(await DatabaseBytesAsync(), needles));
    }

    private async Task<FeedbackState> FeedbackReadModelAsync(long position)
    {
        var reader = new ReadModelReader(host.Services.GetRequiredService<IReadModelStore>());
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await reader.GetLiveAsync(PrivacyLog.Network, FeedbackProjection.Instance.Name) is { } live && live.Position >= position)
                return live.Deserialize<FeedbackState>();
            await Task.Delay(50);
        }
        throw new TimeoutException("the feedback read model did not catch up with the erasure");
    }

    private async Task<byte[]> DatabaseBytesAsync()
    {
        using var all = new MemoryStream();
        foreach (var file in Directory.GetFiles(host.DataDirectory, "*", SearchOption.AllDirectories))
            await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
                await stream.CopyToAsync(all);
        return all.ToArray();
    }
}

/// <summary>Who may erase: the leader or administrator of the network, nobody else.</summary>
public sealed class ErasureAccessSpecs(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task A_key_of_another_network_gets_404_and_an_analyst_gets_403_and_the_key_stays()
    {
        var vault = host.Services.GetRequiredService<ContactVault>();
        var sealedContact = await PrivacyLog.WriteAsync(host.Store, vault);
        var path = $"/api/v1/networks/{PrivacyLog.Network}/person-keys/{sealedContact.KeyId}";
        using var foreignLeader = host.Client(await host.KeyAsync(Roles.Leader));
        using var foreignAdministrator = host.Client(await host.KeyAsync(Roles.Administrator));
        using var analyst = host.Client(await host.KeyAsync(Roles.Analyst, PrivacyLog.Network));
        using var representative = host.Client(await host.KeyAsync(Roles.Representative, PrivacyLog.Network, "bytow"));
        var before = await host.Store.ReadHeadAsync(PrivacyLog.Network);

        using var fromLeader = await foreignLeader.DeleteAsync(path);
        using var fromAdministrator = await foreignAdministrator.DeleteAsync(path);
        using var byFeedback = await foreignAdministrator.DeleteAsync($"/api/v1/networks/{PrivacyLog.Network}/feedback/{PrivacyLog.FeedbackStream}/contact");
        using var fromAnalyst = await analyst.DeleteAsync(path);
        using var fromRepresentative = await representative.DeleteAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, fromLeader.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, fromAdministrator.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byFeedback.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, fromAnalyst.StatusCode);
        Assert.Equal("role-not-allowed", (await fromAnalyst.JsonAsync()).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, fromRepresentative.StatusCode);
        Assert.Equal(PrivacyLog.Contact, (await vault.RevealAsync(PrivacyLog.Network, sealedContact)).Details);
        Assert.Equal(before, await host.Store.ReadHeadAsync(PrivacyLog.Network));
    }

    [Fact]
    public async Task An_administrator_erases_by_the_feedback_stream_and_an_unknown_key_is_a_404_problem()
    {
        var vault = host.Services.GetRequiredService<ContactVault>();
        using var administrator = host.Client(await host.KeyAsync(Roles.Administrator, "erasure-by-stream"));
        var sealedContact = await vault.SealAsync("erasure-by-stream", PrivacyLog.Contact);
        await host.Store.AppendAsync("erasure-by-stream",
        [
            new("network", Observatory.Domain.EventStore.ExpectedVersion.NoStream,
            [
                PrivacyLog.Event(new Observatory.Domain.Network.NetworkFounded("Erasure test network", new DateOnly(2020, 9, 1))),
                PrivacyLog.Event(new Observatory.Domain.Network.PartnerJoined("bytow", "Bytów municipality", Observatory.Domain.Network.Country.Pl,
                    Observatory.Domain.Network.PartnerKind.Municipality, new DateOnly(2020, 9, 1))),
            ]),
            new(PrivacyLog.FeedbackStream, Observatory.Domain.EventStore.ExpectedVersion.NoStream,
                [PrivacyLog.Event(new Observatory.Domain.Feedback.MigrantFeedbackRecorded(Observatory.Domain.Feedback.ContactChannel.OnlineForm,
                    "bytow", "housing", "uk", Anonymous: false, Consent: true, Contact: sealedContact))]),
        ]);

        using var erased = await administrator.DeleteAsync($"/api/v1/networks/erasure-by-stream/feedback/{PrivacyLog.FeedbackStream}/contact");
        using var unknown = await administrator.DeleteAsync("/api/v1/networks/erasure-by-stream/person-keys/no-such-key");

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Equal(sealedContact.KeyId, (await erased.JsonAsync()).GetProperty("keyId").GetString());
        Assert.Equal("[erased]", (await vault.RevealAsync("erasure-by-stream", sealedContact)).ToString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("keyId", (await unknown.JsonAsync()).GetProperty("field").GetString());
    }
}
