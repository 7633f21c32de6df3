using Npgsql;
using Observatory.Domain.EventStore;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;
using Observatory.Domain.Sharing;
using Observatory.Host.Log;
using Observatory.Host.Stores.Postgres;
using static Observatory.Store.Tests.TestEvents;

namespace Observatory.Store.Tests.Postgres;

/// <summary>The server store's deserialised pages (<see cref="IRecordedEventReader"/>), which whole-log replays read.</summary>
public sealed class PostgresRecordedReads(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private const string Network = "bytow-observatory";

    private PostgresEventStore NewStore(string schema) =>
        new(new PostgresStoreOptions { ConnectionString = database.ConnectionString, Schema = schema });

    private static EventToAppend Domain(IDomainEvent domainEvent)
    {
        var (type, version, data) = EventSerializer.Serialize(domainEvent);
        return Event(type: type, schemaVersion: version, data: data);
    }

    [Fact]
    public async Task Deserialised_pages_hold_the_same_events_as_stored_pages_deserialised_one_by_one_including_upcasts()
    {
        await using var store = NewStore("t_recorded_same");
        await store.AppendAsync(Network, One("network", ExpectedVersion.NoStream,
            Domain(new NetworkFounded("Sieć Bytów — „integracja”", new DateOnly(2022, 1, 3), "Tauragė, Markaryd 🤝")),
            Domain(new PartnerJoined("markaryd", "Markaryd kommun", Country.Se, PartnerKind.Municipality, new DateOnly(2022, 2, 1)))));
        await store.AppendAsync(Network, [
            To("practice-1", ExpectedVersion.NoStream, Domain(new PracticeShared("Språkcafé", [ThematicArea.Education], "markaryd",
                Links: ["https://example.org/a"], Summary: "\"quoted\" \\ back\\slash\ttab; Україна; 难民"))),
            // Stored under schema version 1: both reads must upcast it.
            To("practice-2", ExpectedVersion.NoStream, Event(type: "practice-shared", schemaVersion: 1,
                data: """{"title":"Old practice","thematicArea":"education","partnerId":"markaryd"}""")),
        ]);

        var expected = new List<RecordedEvent>();
        await foreach (var stored in store.ReadLogAsync(Network))
            expected.Add(stored.ToRecorded());
        // Pages of 3 over 4 events: a full page, then the last one.
        var actual = new List<RecordedEvent>();
        foreach (var after in new long[] { 0, 3 })
            actual.AddRange(await store.ReadRecordedAsync(Network, after, 3));

        Assert.Equal(4, expected.Count);
        Assert.Equal(expected.Select(Described), actual.Select(Described));
        Assert.Equal(expected.Select(Described), (await ToListAsync(store.ReadRecordedLogAsync(Network))).Select(Described));
        Assert.Equal([ThematicArea.Education], Assert.IsType<PracticeShared>(actual[3].Event).ThematicAreas);
    }

    [Fact]
    public async Task Data_that_no_longer_fits_its_schema_fails_with_the_same_error_as_deserialising_the_stored_event()
    {
        await using var store = NewStore("t_recorded_error");
        await store.AppendAsync(Network, One("practice-1", ExpectedVersion.NoStream,
            Event(type: "practice-shared", schemaVersion: 2, data: """{"title":"T","thematicAreas":["education"],"partnerId":"p","mayor":"x"}""")));

        var stored = Assert.Single(await store.ReadAllAsync(Network, 0, 10));
        var expected = Assert.Throws<EventFormatException>(() => stored.ToRecorded());
        var actual = await Assert.ThrowsAsync<EventFormatException>(() => store.ReadRecordedAsync(Network, 0, 10));

        Assert.Equal((expected.Field, expected.Rule), (actual.Field, actual.Rule));
        Assert.Equal("data.mayor", actual.Field);
    }

    private static string Described(RecordedEvent e) =>
        $"{e.EventId} {e.Stream}@{e.StreamVersion} #{e.Position} {e.OccurredOn:O} {e.RecordedAt:O} {EventSerializer.Serialize(e.Event).Data}";

    private static async Task<List<RecordedEvent>> ToListAsync(IAsyncEnumerable<RecordedEvent> events)
    {
        var list = new List<RecordedEvent>();
        await foreach (var e in events)
            list.Add(e);
        return list;
    }
}
