using Observatory.Domain.Serialization;

namespace Observatory.Domain.Recording;

/// <summary>A fact as the log returned it, deserialised and upcast: what <see cref="NetworkLedger.Evolve"/> folds.</summary>
public sealed record RecordedEvent(Guid EventId, string Stream, long StreamVersion, long Position,
    DateTimeOffset OccurredOn, DateTimeOffset RecordedAt, IDomainEvent Event);
