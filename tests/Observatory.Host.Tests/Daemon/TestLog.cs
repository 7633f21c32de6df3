using Observatory.Domain.EventStore;
using Observatory.Domain.Serialization;
using Observatory.Domain.Sharing;
using Observatory.Host.Log;
using Observatory.Projections;

namespace Observatory.Host.Tests.Daemon;

/// <summary>Writes resource-published events round-robin over a few streams, and folds a log in memory for comparison.</summary>
internal static class TestLog
{
    private static readonly DateTimeOffset April2023 = new(2023, 4, 20, 10, 0, 0, TimeSpan.Zero);

    public static EventToAppend Resource(string title)
    {
        var (type, schemaVersion, data) = EventSerializer.Serialize(
            new ResourcePublished(ResourceKind.Training, title, "en", "https://example.org/resources"));
        return new EventToAppend(Guid.CreateVersion7(), type, schemaVersion, data, April2023,
            new EventMetadata("test:daemon", Guid.CreateVersion7()));
    }

    /// <summary>
    /// Appends <paramref name="count"/> events titled "{prefix} {i}" to streams resource-s{i % streams}, in appends of
    /// <paramref name="perAppend"/> events; with perAppend = streams, positions follow i and the streams interleave.
    /// </summary>
    public static async Task<long> AppendAsync(IEventStore store, string network, int count, int streams = 5, string prefix = "item", int perAppend = 250)
    {
        long head = 0;
        for (var start = 0; start < count; start += perAppend)
        {
            var appends = Enumerable.Range(start, Math.Min(perAppend, count - start))
                .GroupBy(i => $"resource-s{i % streams}")
                .Select(g => new StreamAppend(g.Key, ExpectedVersion.Any, [.. g.Select(i => Resource($"{prefix} {i}"))]))
                .ToList();
            head = (await store.AppendAsync(network, appends)).LastPosition;
        }
        return head;
    }

    public static async Task<long> AppendOneAsync(IEventStore store, string network, string stream, string title) =>
        (await store.AppendAsync(network, [new StreamAppend(stream, ExpectedVersion.Any, [Resource(title)])])).LastPosition;

    /// <summary>The projection folded over the whole log in memory, as the JSON the daemon stores.</summary>
    public static async Task<string> FoldAsync(IEventStore store, string network, IProjection projection, long upTo = long.MaxValue)
    {
        var state = projection.Initial;
        await foreach (var stored in store.ReadLogAsync(network))
            if (stored.Position <= upTo)
                state = projection.Apply(state, stored.ToRecorded());
        return ProjectionJson.Serialize(projection, state);
    }
}

/// <summary>Thrown by a daemon hook to stand for the process dying at that point.</summary>
internal sealed class SimulatedCrashException(string where) : Exception($"Simulated crash {where}.");
