using Observatory.Domain.EventStore;
using static Observatory.Store.Tests.TestEvents;

namespace Observatory.Store.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Unicode_data_round_trips()
    {
        const string data = """
            {"title":"Spotkanie w Bytowie — „integracja”","place":"Tauragė","partner":"Schmalkalden-Meiningen (Thüringen)",
             "summary":"Språkcafé i Markaryd; Україна 🇺🇦; 难民; \"quoted\" \\ back\\slash\ttab","emoji":"🤝"}
            """;
        await Store.AppendAsync(Network, One("practice-bytow-1", ExpectedVersion.NoStream, Event(data: data, type: "practice-shared")));

        var stored = Assert.Single(await Store.ReadStreamAsync(Network, "practice-bytow-1").ToListAsync());

        AssertSameJson(data, stored.Data);
        Assert.Contains("Tauragė", stored.Data, StringComparison.Ordinal);
        Assert.Contains("🤝", stored.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_stored_under_an_older_schema_version_reads_back_with_that_version()
    {
        // The store keeps what was written; upcasting to the current shape is the serializer's job above it.
        var v1 = Event(type: "meeting-held", schemaVersion: 1, data: """{"host":"markaryd","date":"2022-06-14"}""");
        var v2 = Event(type: "meeting-held", schemaVersion: 2, data: """{"host":"markaryd","dates":{"start":"2022-06-14","end":"2022-06-15"}}""");
        await Store.AppendAsync(Network, One("meeting-markaryd-2022-06", ExpectedVersion.NoStream, v1, v2));

        var stored = await Store.ReadStreamAsync(Network, "meeting-markaryd-2022-06").ToListAsync();

        Assert.Equal([1, 2], stored.Select(e => e.SchemaVersion));
        AssertSameJson(v1.Data, stored[0].Data);
        AssertSameJson(v2.Data, stored[1].Data);
    }

    [Fact]
    public async Task Networks_are_isolated_from_each_other()
    {
        var shared = Event();
        await Store.AppendAsync("bytow-observatory", One("network", ExpectedVersion.NoStream, shared, Event()));
        // The same id in another network is another network's business: no conflict, its own positions and versions.
        var other = await Store.AppendAsync("milestone", One("network", ExpectedVersion.NoStream, shared with { Data = """{"title":"other"}""" }));

        Assert.Equal(new AppendedEvent(shared.EventId, "network", 1, 1, AlreadyStored: false), Assert.Single(other.Events));
        Assert.Equal(2, await Store.ReadHeadAsync("bytow-observatory"));
        Assert.Equal(1, await Store.ReadHeadAsync("milestone"));
        Assert.Equal(2, (await Store.ReadStreamAsync("bytow-observatory", "network").ToListAsync()).Count);
        Assert.All(await Store.ReadAllAsync("milestone", 0, 10), e => Assert.Equal("milestone", e.Network));
        Assert.Equal(["bytow-observatory", "milestone"], await Store.ListNetworksAsync());
    }

    [Fact]
    public async Task A_crash_before_commit_leaves_no_events_and_no_gap()
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Events(2)));
        var lost = Events(3);

        await Assert.ThrowsAsync<SimulatedCrashException>(() => Hooks.AppendAsync(Network,
            [To("network", ExpectedVersion.Exactly(2), lost), To("meeting-bytow-2023", ExpectedVersion.NoStream, Events(1))],
            _ => throw new SimulatedCrashException()));

        Assert.Equal(2, await Store.ReadHeadAsync(Network));
        Assert.Empty(await Store.ReadStreamAsync(Network, "meeting-bytow-2023").ToListAsync());
        var next = await Store.AppendAsync(Network, One("network", ExpectedVersion.Exactly(2), Events(1)));
        Assert.Equal(3, next.LastPosition);
        var log = await Store.ReadWholeLogAsync(Network);
        Assert.Equal([1L, 2L, 3L], log.Select(e => e.Position));
        Assert.DoesNotContain(log, e => lost.Any(l => l.EventId == e.EventId));
        // The lost events were never stored, so sending them again is a fresh append, not a repeat.
        var again = await Store.AppendAsync(Network, One("network", ExpectedVersion.Exactly(3), lost));
        Assert.Equal([4L, 5L, 6L], again.Events.Select(e => e.Position));
        Assert.All(again.Events, e => Assert.False(e.AlreadyStored));
    }

    [Fact]
    public async Task A_crash_before_the_first_commit_of_a_network_leaves_no_network()
    {
        await Assert.ThrowsAsync<SimulatedCrashException>(() => Hooks.AppendAsync(Network,
            One("network", ExpectedVersion.NoStream, Events(2)), _ => throw new SimulatedCrashException()));

        Assert.Empty(await Store.ListNetworksAsync());
        Assert.Equal(0, await Store.ReadHeadAsync(Network));
    }
}
