using Observatory.Domain.EventStore;
using Observatory.Host.Stores;
using static Observatory.Store.Tests.TestEvents;

namespace Observatory.Store.Tests.Contract;

/// <summary>
/// What every event store promises, proven once for each adapter. A subclass supplies fresh storage per test
/// and can open a second store on the same storage (another process, as far as the store can tell).
/// </summary>
public abstract partial class EventStoreContract : IAsyncLifetime
{
    protected const string Network = "bytow-observatory";

    private readonly List<IAsyncDisposable> _stores = [];

    protected IEventStore Store { get; private set; } = null!;

    internal IEventStoreTestHooks Hooks => (IEventStoreTestHooks)Store;

    /// <summary>A store over this test's storage; the first call creates the storage.</summary>
    protected abstract Task<IEventStore> OpenStoreAsync();

    protected async Task<IEventStore> OpenSecondStoreAsync()
    {
        var store = await OpenStoreAsync();
        _stores.Add((IAsyncDisposable)store);
        return store;
    }

    public async Task InitializeAsync() => Store = await OpenSecondStoreAsync();

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
            await store.DisposeAsync();
        await DisposeStorageAsync();
    }

    protected virtual Task DisposeStorageAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_appended_event_reads_back_from_its_stream_with_all_its_metadata()
    {
        var correlation = Guid.CreateVersion7();
        var causation = Guid.CreateVersion7();
        var e = Event(type: "meeting-held", schemaVersion: 2, occurredOn: new DateTimeOffset(2022, 6, 14, 9, 30, 0, TimeSpan.FromHours(2)),
            metadata: new EventMetadata("leader:vorpommern-ruegen", correlation, causation));
        var before = DateTimeOffset.UtcNow;

        var result = await Store.AppendAsync(Network, One("meeting-markaryd-2022-06", ExpectedVersion.NoStream, e));

        var after = DateTimeOffset.UtcNow;
        var stored = Assert.Single(await Store.ReadStreamAsync(Network, "meeting-markaryd-2022-06").ToListAsync());
        Assert.Equal(new AppendedEvent(e.EventId, "meeting-markaryd-2022-06", 1, 1, AlreadyStored: false), Assert.Single(result.Events));
        Assert.Equal(e.EventId, stored.EventId);
        Assert.Equal(Network, stored.Network);
        Assert.Equal("meeting-markaryd-2022-06", stored.Stream);
        Assert.Equal(1, stored.StreamVersion);
        Assert.Equal(1, stored.Position);
        Assert.Equal("meeting-held", stored.Type);
        Assert.Equal(2, stored.SchemaVersion);
        AssertSameJson(e.Data, stored.Data);
        Assert.Equal(e.OccurredOn, stored.OccurredOn);
        Assert.Equal(TimeSpan.Zero, stored.OccurredOn.Offset);
        Assert.Equal(TimeSpan.Zero, stored.RecordedAt.Offset);
        Assert.InRange(stored.RecordedAt, before.AddSeconds(-1), after.AddSeconds(1));
        Assert.Equal(new EventMetadata("leader:vorpommern-ruegen", correlation, causation), stored.Metadata);
    }

    [Fact]
    public async Task An_event_without_causation_reads_back_without_one()
    {
        var e = Event(metadata: new EventMetadata("importer", Guid.CreateVersion7()));
        await Store.AppendAsync(Network, One("network", ExpectedVersion.Any, e));

        var stored = Assert.Single(await Store.ReadAllAsync(Network, 0, 10));
        Assert.Null(stored.Metadata.CausationId);
    }

    [Fact]
    public async Task Occurred_on_is_kept_to_the_microsecond_in_utc()
    {
        var precise = new DateTimeOffset(2023, 4, 20, 12, 34, 56, TimeSpan.FromHours(2)).AddTicks(1_234_567);
        await Store.AppendAsync(Network, One("network", ExpectedVersion.Any, Event(occurredOn: precise)));

        var stored = Assert.Single(await Store.ReadAllAsync(Network, 0, 10));
        Assert.Equal(precise.AddTicks(-7), stored.OccurredOn);
        Assert.Equal(precise.UtcDateTime.AddTicks(-7), stored.OccurredOn.UtcDateTime);
    }

    [Fact]
    public async Task Reading_a_stream_starts_at_the_requested_version()
    {
        await Store.AppendAsync(Network, One("working-group-language", ExpectedVersion.NoStream, Events(5)));

        var fromThree = await Store.ReadStreamAsync(Network, "working-group-language", fromVersion: 3).ToListAsync();

        Assert.Equal([3L, 4L, 5L], fromThree.Select(e => e.StreamVersion));
        Assert.Empty(await Store.ReadStreamAsync(Network, "working-group-language", fromVersion: 6).ToListAsync());
        Assert.Empty(await Store.ReadStreamAsync(Network, "working-group-unknown").ToListAsync());
    }

    [Fact]
    public async Task Reading_a_long_stream_pages_through_every_event_in_version_order()
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Events(700)));
        await Store.AppendAsync(Network, One("network", ExpectedVersion.Exactly(700), Events(500)));

        var all = await Store.ReadStreamAsync(Network, "network").ToListAsync();

        Assert.Equal(Enumerable.Range(1, 1200).Select(i => (long)i), all.Select(e => e.StreamVersion));
    }

    [Fact]
    public async Task Reading_all_returns_pages_in_position_order_and_an_empty_page_at_the_head()
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.Any, Events(7)));

        var first = await Store.ReadAllAsync(Network, 0, 3);
        var second = await Store.ReadAllAsync(Network, first[^1].Position, 3);
        var third = await Store.ReadAllAsync(Network, second[^1].Position, 3);
        var atHead = await Store.ReadAllAsync(Network, third[^1].Position, 3);

        Assert.Equal([1L, 2L, 3L], first.Select(e => e.Position));
        Assert.Equal([4L, 5L, 6L], second.Select(e => e.Position));
        Assert.Equal([7L], third.Select(e => e.Position));
        Assert.Empty(atHead);
        Assert.Equal(7, await Store.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task Positions_are_gapless_across_streams_and_appends()
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Events(2)));
        await Store.AppendAsync(Network, One("meeting-frankenberg-2022", ExpectedVersion.NoStream, Events(3)));
        await Store.AppendAsync(Network, One("network", ExpectedVersion.Exactly(2), Events(1)));

        var log = await Store.ReadWholeLogAsync(Network, pageSize: 2);

        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L], log.Select(e => e.Position));
        Assert.Equal([1L, 2L, 1L, 2L, 3L, 3L], log.Select(e => e.StreamVersion));
        Assert.Equal(6, await Store.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task An_empty_network_has_head_zero_and_an_empty_log()
    {
        Assert.Equal(0, await Store.ReadHeadAsync(Network));
        Assert.Empty(await Store.ReadAllAsync(Network, 0, 10));
        Assert.Empty(await Store.ListNetworksAsync());
    }
}
