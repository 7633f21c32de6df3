namespace Observatory.Domain.EventStore;

/// <summary>
/// The append-only log, one per network (tenant). Positions are gapless and in commit order within a network,
/// so "the log of network N up to position P" names the same set of events forever.
/// </summary>
public interface IEventStore
{
    /// <summary>
    /// Appends to one or more streams of one network atomically: all or nothing.
    /// Throws <see cref="WrongExpectedVersionException"/> when a stream is not at the expected version and
    /// <see cref="EventIdConflictException"/> when an event id is already stored with a different body.
    /// Events whose id is already stored with the same body are not stored again; their original
    /// positions are returned (idempotent retry).
    /// </summary>
    Task<AppendResult> AppendAsync(string network, IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends as <see cref="AppendAsync(string, IReadOnlyList{StreamAppend}, CancellationToken)"/> does, and only
    /// while the network's head is still <paramref name="expectedHead"/>: a writer that decided against everything up
    /// to that position learns that anything else was written since, without reading the log first. Throws
    /// <see cref="WrongExpectedHeadException"/> otherwise (before any stream version check), and nothing is stored.
    /// A full repeat of stored events answers with their original places whatever the head, as for stream versions.
    /// </summary>
    Task<AppendResult> AppendAsync(string network, IReadOnlyList<StreamAppend> appends, long expectedHead, CancellationToken cancellationToken = default);

    /// <summary>The events of one stream in stream-version order, starting at <paramref name="fromVersion"/> (1 is the first).</summary>
    IAsyncEnumerable<StoredEvent> ReadStreamAsync(string network, string stream, long fromVersion = 1, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of a network's log: events with position greater than <paramref name="afterPosition"/>, in position
    /// order, at most <paramref name="maxCount"/>. An empty page means the reader is at the head.
    /// </summary>
    Task<IReadOnlyList<StoredEvent>> ReadAllAsync(string network, long afterPosition, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>The position of the last committed event of the network (0 when the log is empty).</summary>
    Task<long> ReadHeadAsync(string network, CancellationToken cancellationToken = default);

    /// <summary>Completes when the network's head moves past <paramref name="afterPosition"/> (or at once if it already has).</summary>
    Task WaitForEventsAsync(string network, long afterPosition, CancellationToken cancellationToken = default);

    /// <summary>The networks that have at least one event.</summary>
    Task<IReadOnlyList<string>> ListNetworksAsync(CancellationToken cancellationToken = default);
}
