using System.Runtime.CompilerServices;
using Observatory.Domain.EventStore;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;

namespace Observatory.Host.Log;

/// <summary>Streaming reads of a whole network's log, page by page, as stored or as typed domain events.</summary>
public static class LogReading
{
    public const int PageSize = 1_000;

    public static async IAsyncEnumerable<StoredEvent> ReadLogAsync(this IEventStore store, string network, long afterPosition = 0,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var position = afterPosition;
        while (true)
        {
            var page = await store.ReadAllAsync(network, position, PageSize, cancellationToken);
            foreach (var stored in page)
            {
                yield return stored;
                position = stored.Position;
            }
            if (page.Count < PageSize) yield break;
        }
    }

    /// <summary>
    /// The whole log from <paramref name="afterPosition"/> on, deserialised: page by page through
    /// <see cref="IRecordedEventReader"/> when the store offers it (no UTF-16 copy of each event's data), otherwise
    /// <see cref="ReadLogAsync"/> and <see cref="ToRecorded"/>. The same events either way.
    /// </summary>
    public static async IAsyncEnumerable<RecordedEvent> ReadRecordedLogAsync(this IEventStore store, string network, long afterPosition = 0,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (store is not IRecordedEventReader recorded)
        {
            await foreach (var stored in store.ReadLogAsync(network, afterPosition, cancellationToken).ConfigureAwait(false))
                yield return stored.ToRecorded();
            yield break;
        }
        var position = afterPosition;
        while (true)
        {
            var page = await recorded.ReadRecordedAsync(network, position, PageSize, cancellationToken).ConfigureAwait(false);
            foreach (var e in page)
            {
                yield return e;
                position = e.Position;
            }
            if (page.Count < PageSize) yield break;
        }
    }

    /// <summary>Upcasts and deserialises a stored event into the shape the domain and the projections fold.</summary>
    public static RecordedEvent ToRecorded(this StoredEvent stored) =>
        new(stored.EventId, stored.Stream, stored.StreamVersion, stored.Position, stored.OccurredOn, stored.RecordedAt,
            EventSerializer.Deserialize(stored.Type, stored.SchemaVersion, stored.Data));
}
