using Observatory.Domain.EventStore;

namespace Observatory.Host.Stores;

/// <summary>One event of a request, checked and fingerprinted, with its times already in store precision.</summary>
internal sealed record PreparedEvent(string Stream, EventToAppend Event, byte[] Hash, DateTimeOffset OccurredOn);

/// <summary>
/// An append request that passed every check that needs no database, in the caller's order.
/// Both stores start from this, so they refuse the same requests with the same words.
/// </summary>
internal sealed record PreparedAppend(
    string Network,
    IReadOnlyList<StreamAppend> Appends,
    IReadOnlyList<PreparedEvent> Events,
    IReadOnlyList<Guid> EventIds,
    IReadOnlyList<string> Streams)
{
    /// <summary>The network head the writer decided against, when it names one (see <see cref="IEventStore"/>).</summary>
    public long? ExpectedHead { get; private init; }

    public static PreparedAppend From(string network, IReadOnlyList<StreamAppend>? appends, long? expectedHead = null)
    {
        if (expectedHead < 0)
            throw new InvalidAppendException("expectedHead", "a network head is 0 or more");
        AppendRules.CheckNetwork(network);
        if (appends is null || appends.Count == 0)
            throw new InvalidAppendException("appends", "at least one stream append is required");

        var events = new List<PreparedEvent>();
        var ids = new HashSet<Guid>();
        var streams = new List<string>(appends.Count);
        var seenStreams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var append in appends)
        {
            if (append is null)
                throw new InvalidAppendException("appends", "must not contain null");
            AppendRules.CheckStream(append.Stream);
            // A stream may appear again later in the request: its events then follow the earlier ones, in request order.
            // (A set, not List.Contains: an import of a whole history has thousands of stream appends.)
            if (seenStreams.Add(append.Stream))
                streams.Add(append.Stream);
            if (append.Events is null || append.Events.Count == 0)
                throw new InvalidAppendException("events", $"the append to '{append.Stream}' needs at least one event");

            foreach (var e in append.Events)
            {
                var utf8Data = AppendRules.CheckEvent(e);
                if (!ids.Add(e.EventId))
                    throw new InvalidAppendException("eventId", $"{e.EventId} appears more than once in one append");
                events.Add(new PreparedEvent(append.Stream, e, EventContentHash.Compute(append.Stream, e, utf8Data), StoreClock.Truncate(e.OccurredOn)));
            }
        }
        return new PreparedAppend(network, appends, events, [.. ids], streams) { ExpectedHead = expectedHead };
    }
}
