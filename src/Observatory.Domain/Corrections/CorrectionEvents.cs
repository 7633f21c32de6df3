using System.Text.Json;
using Observatory.Domain.Serialization;

namespace Observatory.Domain.Corrections;

/// <summary>
/// Corrections and retractions may follow any entry, in the stream of the entry they correct; nothing is ever
/// changed in place.
/// </summary>
public interface ICorrectionEvent : IDomainEvent
{
    Guid EventId { get; }
    string Reason { get; }
}

/// <summary>
/// <see cref="Replacement"/> is the complete data of the corrected fact, of the same type, in schema version
/// <see cref="ReplacementSchemaVersion"/> (left out: the type's version when the correction was recorded).
/// </summary>
[EventType("entry-corrected")]
public sealed record EntryCorrected(Guid EventId, string Reason, JsonElement Replacement,
    IReadOnlyList<string>? Sources = null, int? ReplacementSchemaVersion = null) : ICorrectionEvent;

[EventType("entry-retracted")]
public sealed record EntryRetracted(Guid EventId, string Reason) : ICorrectionEvent;
