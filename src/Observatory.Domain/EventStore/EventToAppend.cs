namespace Observatory.Domain.EventStore;

/// <summary>
/// A serialised event on its way into the log. <see cref="EventId"/> is the idempotency key; <see cref="Data"/> is
/// canonical JSON as written by <see cref="Serialization.EventSerializer"/>, so the same fact always has the same bytes.
/// </summary>
public sealed record EventToAppend(
    Guid EventId,
    string Type,
    int SchemaVersion,
    string Data,
    DateTimeOffset OccurredOn,
    EventMetadata Metadata);

/// <summary>Who recorded an event and within which conversation.</summary>
public sealed record EventMetadata(string Actor, Guid CorrelationId, Guid? CausationId = null);
