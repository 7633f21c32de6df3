using System.Text.Json;
using System.Text.Json.Nodes;
using Observatory.Contracts.V1;
using Observatory.Domain.EventStore;
using Observatory.Domain.Serialization;
using Observatory.Host.Log;

namespace Observatory.Host.Contracts;

/// <summary>
/// The one place where an internal event becomes a public contract, for the bus and the HTTP feed alike.
/// The stored JSON is first upcast to the type's current schema (so subscribers never see superseded shapes) and
/// then written in the log's canonical shape, minus <see cref="WithheldFields"/>. Who recorded the event (the
/// actor) is internal and does not go out.
/// </summary>
public static class PublicEvents
{
    /// <exception cref="EventFormatException">The stored event cannot be read; it is never skipped or sent half-read.</exception>
    public static ObservatoryEventV1 ToPublic(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var recorded = stored.ToRecorded();
        var (type, schemaVersion, json) = EventSerializer.Serialize(recorded.Event);
        var data = JsonNode.Parse(json) as JsonObject
            ?? throw new EventFormatException("data", "must be a JSON object");
        var streamKind = StreamNames.Kind(stored.Stream);
        WithheldFields.Strip(type, streamKind, data);
        return new ObservatoryEventV1
        {
            EventId = stored.EventId,
            Network = stored.Network,
            Stream = stored.Stream,
            StreamKind = streamKind,
            StreamVersion = stored.StreamVersion,
            Position = stored.Position,
            Type = type,
            SchemaVersion = schemaVersion,
            OccurredOn = stored.OccurredOn,
            RecordedAt = stored.RecordedAt,
            CorrelationId = stored.Metadata.CorrelationId,
            CausationId = stored.Metadata.CausationId,
            Data = JsonSerializer.SerializeToElement(data),
        };
    }

    /// <summary>Headers that let a subscriber route, filter and dedupe without parsing the body.</summary>
    public static IEnumerable<KeyValuePair<string, object>> Headers(ObservatoryEventV1 message)
    {
        ArgumentNullException.ThrowIfNull(message);
        yield return new(ObservatoryHeaders.Network, message.Network);
        yield return new(ObservatoryHeaders.Stream, message.Stream);
        yield return new(ObservatoryHeaders.StreamVersion, message.StreamVersion);
        yield return new(ObservatoryHeaders.Position, message.Position);
        yield return new(ObservatoryHeaders.Type, message.Type);
        yield return new(ObservatoryHeaders.SchemaVersion, message.SchemaVersion);
        yield return new(ObservatoryHeaders.OccurredOn, message.OccurredOn.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        yield return new(ObservatoryHeaders.RecordedAt, message.RecordedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }
}
