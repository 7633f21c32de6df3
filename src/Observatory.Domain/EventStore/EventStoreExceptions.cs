namespace Observatory.Domain.EventStore;

/// <summary>A writer decided against a stream version that is no longer current.</summary>
public sealed class WrongExpectedVersionException(string network, string stream, ExpectedVersion expected, long actual)
    : Exception($"Stream '{stream}' of network '{network}' is at version {actual}, but version {expected} was expected.")
{
    public string Network { get; } = network;
    public string Stream { get; } = stream;
    public ExpectedVersion Expected { get; } = expected;
    public long Actual { get; } = actual;
}

/// <summary>
/// A writer decided against the network's log up to a head that has moved on: another writer appended meanwhile.
/// The writer catches up and decides again.
/// </summary>
public sealed class WrongExpectedHeadException(string network, long expected, long actual)
    : Exception($"Network '{network}' is at position {actual}, but position {expected} was expected.")
{
    public string Network { get; } = network;
    public long Expected { get; } = expected;
    public long Actual { get; } = actual;
}

/// <summary>An event id that is already stored with a different body: an idempotency key reused for another fact.</summary>
public sealed class EventIdConflictException(Guid eventId, string reason)
    : Exception($"Event id {eventId} is already stored with a different {reason}; an event id names one fact only.")
{
    public Guid EventId { get; } = eventId;
    public string Reason { get; } = reason;
}

/// <summary>A request the store refuses before touching the log (bad names, a mixed retry, an empty append).</summary>
public sealed class InvalidAppendException(string field, string rule)
    : Exception($"{field}: {rule}")
{
    public string Field { get; } = field;
    public string Rule { get; } = rule;
}
