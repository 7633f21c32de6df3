using System.Text.Json.Nodes;
using Observatory.Domain.EventStore;

namespace Observatory.Store.Tests;

/// <summary>Small builders for events and appends, with report-flavoured defaults.</summary>
internal static class TestEvents
{
    public static readonly DateTimeOffset April2023 = new(2023, 4, 20, 10, 0, 0, TimeSpan.Zero);

    public const string PracticeData = """{"title":"Language café for newcomers","partner":"markaryd","area":"education"}""";

    public static EventToAppend Event(
        string type = "practice-shared",
        string data = PracticeData,
        int schemaVersion = 1,
        DateTimeOffset? occurredOn = null,
        Guid? id = null,
        EventMetadata? metadata = null) =>
        new(id ?? Guid.CreateVersion7(), type, schemaVersion, data, occurredOn ?? April2023,
            metadata ?? new EventMetadata("representative:bytow-municipality", Guid.CreateVersion7()));

    public static EventToAppend[] Events(int count) =>
        [.. Enumerable.Range(1, count).Select(i => Event(data: $$"""{"title":"Practice {{i}}","partner":"taurage"}"""))];

    public static StreamAppend To(string stream, ExpectedVersion expected, params EventToAppend[] events) => new(stream, expected, events);

    public static StreamAppend[] One(string stream, ExpectedVersion expected, params EventToAppend[] events) => [To(stream, expected, events)];

    /// <summary>PostgreSQL hands jsonb back in its own key order and spacing, so data is compared as JSON.</summary>
    public static void AssertSameJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected JSON {expected} but read {actual}");

    public static async Task<List<StoredEvent>> ToListAsync(this IAsyncEnumerable<StoredEvent> events)
    {
        var list = new List<StoredEvent>();
        await foreach (var e in events)
            list.Add(e);
        return list;
    }

    public static async Task<List<StoredEvent>> ReadWholeLogAsync(this IEventStore store, string network, int pageSize = 1000)
    {
        var all = new List<StoredEvent>();
        while (true)
        {
            var page = await store.ReadAllAsync(network, all.Count == 0 ? 0 : all[^1].Position, pageSize);
            if (page.Count == 0)
                return all;
            all.AddRange(page);
        }
    }
}

/// <summary>Thrown by the before-commit hook to stand for a crash between writing and committing.</summary>
internal sealed class SimulatedCrashException() : Exception("Simulated crash before commit.");
