using Observatory.Domain.Recording;

namespace Observatory.Domain.EventStore;

/// <summary>
/// A store that hands out a page of its log already deserialised, reading each event's data from the bytes it holds.
/// The same page as <see cref="IEventStore.ReadAllAsync"/> deserialised event by event, without the UTF-16 copy of
/// every event's data and the metadata a fold does not read: whole-log replays read this way when a store offers it.
/// </summary>
public interface IRecordedEventReader
{
    /// <exception cref="Serialization.EventFormatException">An event's type is unknown or its data does not match its schema.</exception>
    Task<IReadOnlyList<RecordedEvent>> ReadRecordedAsync(string network, long afterPosition, int maxCount, CancellationToken cancellationToken = default);
}
