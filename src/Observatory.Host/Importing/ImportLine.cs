using Observatory.Domain.Serialization;

namespace Observatory.Host.Importing;

/// <summary>One parsed, schema-checked line of a JSON Lines import file. <see cref="CanonicalData"/> is the
/// fact re-serialised in its current schema version, so the same fact always stores the same bytes.</summary>
public sealed record ImportLine(
    int LineNumber,
    string Network,
    string Stream,
    Guid EventId,
    string Type,
    IDomainEvent Fact,
    string CanonicalData,
    DateTimeOffset OccurredOn,
    string Actor,
    Guid? CorrelationId,
    Guid? CausationId);
