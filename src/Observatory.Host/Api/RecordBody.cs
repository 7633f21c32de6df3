using System.Runtime.InteropServices;
using System.Text.Json;
using Observatory.Domain.Serialization;
using Observatory.Host.Importing;

namespace Observatory.Host.Api;

/// <summary>
/// The body of a command endpoint: <c>{"data": {…the entry…}, "occurredOn": "2023-04-20"}</c>. <c>data</c> is the
/// event's own shape (docs/domain.md), parsed strictly by the event serializer: unknown fields, wrong types and missing
/// required fields are refused with the field's path. <c>occurredOn</c> is optional; without it the entry's own date
/// (a meeting's start, a member's networking day) is used, else the moment of recording.
/// </summary>
/// <typeparam name="TEvent">The entry's type; it is here so the OpenAPI document describes each endpoint's body.</typeparam>
public sealed record RecordRequest<TEvent>(TEvent Data, string? OccurredOn = null) where TEvent : IDomainEvent;

public static class RecordBody
{
    private static readonly string[] Fields = ["data", "occurredOn"];

    public sealed record Parsed(IDomainEvent Fact, DateTimeOffset? OccurredOn)
    {
        /// <summary>The entry as the serializer writes it; only a retry compares it, so it is written only then.</summary>
        public string CanonicalData => EventSerializer.Serialize(Fact).Data;
    }

    /// <returns>The entry, or the field at fault and the rule it broke.</returns>
    public static (Parsed? Body, string? Field, string? Rule) Parse(ReadOnlyMemory<byte> utf8, EventTypeInfo type)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return Fail("body", $"is not valid JSON ({(cut > 0 ? message[..cut] : message).TrimEnd('.')})");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Fail("body", "must be a JSON object with \"data\"");
            foreach (var property in root.EnumerateObject())
            {
                if (!Fields.Contains(property.Name, StringComparer.Ordinal))
                    return Fail(property.Name, $"is not a field of a command body (known: {string.Join(", ", Fields)})");
            }
            if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
                return Fail("data", "is required and must be a JSON object");

            DateTimeOffset? occurredOn = null;
            if (root.TryGetProperty("occurredOn", out var occurred))
            {
                if (occurred.ValueKind != JsonValueKind.String || !ImportLineParser.TryParseMoment(occurred.GetString()!, out var moment))
                    return Fail("occurredOn", "must be a date (2023-04-20) or a timestamp with offset (2023-04-20T10:00:00+02:00)");
                occurredOn = moment;
            }
            try
            {
                // The entry's own UTF-8 bytes inside the body, not a UTF-16 copy of them.
                var fact = EventSerializer.Deserialize(type.WireName, type.SchemaVersion, JsonMarshal.GetRawUtf8Value(data));
                return (new Parsed(fact, occurredOn), null, null);
            }
            catch (EventFormatException e)
            {
                return Fail(e.Field, e.Rule);
            }
        }
    }

    private static (Parsed?, string?, string?) Fail(string field, string rule) => (null, field, rule);
}
