namespace Observatory.Domain.EventStore;

/// <summary>An event as the log holds it, with everything a reader needs to place it in both times.</summary>
public sealed record StoredEvent(
    Guid EventId,
    string Network,
    string Stream,
    long StreamVersion,
    long Position,
    string Type,
    int SchemaVersion,
    string Data,
    DateTimeOffset OccurredOn,
    DateTimeOffset RecordedAt,
    EventMetadata Metadata);
