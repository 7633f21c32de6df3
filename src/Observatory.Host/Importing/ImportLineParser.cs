using System.Globalization;
using System.Text.Json;
using Observatory.Domain.EventStore;
using Observatory.Domain.Serialization;

namespace Observatory.Host.Importing;

/// <summary>
/// Parses the JSON Lines import format (docs/import-format.md). Blank lines and lines starting with '#' are
/// comments. Each event line is one JSON object; unknown fields, unknown types and data that does not fit the
/// type's schema are refused with the field and the rule.
/// </summary>
public static class ImportLineParser
{
    public const int MaxLineBytes = 64 * 1024;

    private static readonly HashSet<string> KnownFields =
        ["network", "stream", "type", "schemaVersion", "occurredOn", "data", "eventId", "actor", "correlationId", "causationId"];

    public static bool IsComment(string line) => line.Length == 0 || line.AsSpan().TrimStart().IsEmpty || line.TrimStart().StartsWith('#');

    /// <summary>Parses one event line; <paramref name="ordinalOf"/> counts identical facts for id derivation.</summary>
    public static (ImportLine? Line, ImportError? Error) Parse(int lineNumber, string text, string defaultActor, Func<string, int> ordinalOf)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(text) > MaxLineBytes)
            return Fail(lineNumber, "line", $"is longer than {MaxLineBytes} bytes (oversized payload)");

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            return Fail(lineNumber, "line", $"is not valid JSON ({FirstSentence(e.Message)})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Fail(lineNumber, "line", "must be a JSON object");

            foreach (var property in root.EnumerateObject())
            {
                if (!KnownFields.Contains(property.Name))
                    return Fail(lineNumber, property.Name, $"is not a field of the import format (known: {string.Join(", ", KnownFields)})");
            }

            if (!TryString(root, "network", out var network, out var error) ||
                !TryString(root, "stream", out var stream, out error) ||
                !TryString(root, "type", out var type, out error))
                return Fail(lineNumber, error!.Value.Field, error.Value.Rule);

            if (!StreamNames.IsValidNetwork(network))
                return Fail(lineNumber, "network", "must be a lowercase slug: letters, digits and '-', at most 63 characters");
            if (!StreamNames.IsValidStream(stream))
                return Fail(lineNumber, "stream", "must be \"{kind}\" or \"{kind}-{id}\": a lowercase kind, then letters, digits, '.', '_' or '-'");
            if (!EventCatalog.TryGet(type!, out var info))
                return Fail(lineNumber, "type", $"'{type}' is not a known event type");

            var schemaVersion = info.SchemaVersion;
            if (root.TryGetProperty("schemaVersion", out var versionElement) &&
                (versionElement.ValueKind != JsonValueKind.Number || !versionElement.TryGetInt32(out schemaVersion)))
                return Fail(lineNumber, "schemaVersion", "must be a whole number");

            if (!root.TryGetProperty("occurredOn", out var occurredElement) || occurredElement.ValueKind != JsonValueKind.String)
                return Fail(lineNumber, "occurredOn", "is required: a date (2022-06-08) or a timestamp with offset (2022-06-08T10:00:00+02:00)");
            if (!TryParseMoment(occurredElement.GetString()!, out var occurredOn))
                return Fail(lineNumber, "occurredOn", "must be a date (2022-06-08) or a timestamp with offset (2022-06-08T10:00:00+02:00)");

            if (!root.TryGetProperty("data", out var dataElement) || dataElement.ValueKind != JsonValueKind.Object)
                return Fail(lineNumber, "data", "is required and must be a JSON object");

            IDomainEvent fact;
            try
            {
                fact = EventSerializer.Deserialize(type!, schemaVersion, dataElement.GetRawText());
            }
            catch (EventFormatException e)
            {
                return Fail(lineNumber, e.Field, e.Rule);
            }

            var (_, _, canonical) = EventSerializer.Serialize(fact);

            Guid eventId;
            if (root.TryGetProperty("eventId", out var idElement))
            {
                if (idElement.ValueKind != JsonValueKind.String || !Guid.TryParse(idElement.GetString(), out eventId) || eventId == Guid.Empty)
                    return Fail(lineNumber, "eventId", "must be a non-empty UUID");
            }
            else
            {
                eventId = DeterministicEventId.For(network!, stream!, type!, occurredOn, canonical,
                    ordinalOf($"{network}\n{stream}\n{type}\n{occurredOn:O}\n{canonical}"));
            }

            var actor = defaultActor;
            if (root.TryGetProperty("actor", out var actorElement))
            {
                if (actorElement.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(actorElement.GetString()) || actorElement.GetString()!.Length > 200)
                    return Fail(lineNumber, "actor", "must be a non-empty string of at most 200 characters");
                actor = actorElement.GetString()!;
            }

            if (!TryOptionalGuid(root, "correlationId", out var correlationId) )
                return Fail(lineNumber, "correlationId", "must be a UUID");
            if (!TryOptionalGuid(root, "causationId", out var causationId))
                return Fail(lineNumber, "causationId", "must be a UUID");

            return (new ImportLine(lineNumber, network!, stream!, eventId, type!, fact, canonical, occurredOn, actor, correlationId, causationId), null);
        }
    }

    /// <summary>A date means midnight UTC of that day; a timestamp must carry its offset, so no moment is ambiguous.</summary>
    public static bool TryParseMoment(string text, out DateTimeOffset moment)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            moment = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }
        var hasOffset = text.EndsWith('Z') || (text.Length > 6 && (text[^6] == '+' || text[^6] == '-') && text[^3] == ':');
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out moment))
        {
            moment = moment.ToUniversalTime();
            return true;
        }
        moment = default;
        return false;
    }

    private static bool TryString(JsonElement root, string name, out string? value, out (string Field, string Rule)? error)
    {
        value = null;
        error = null;
        if (!root.TryGetProperty(name, out var element))
        {
            error = (name, "is required");
            return false;
        }
        if (element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(element.GetString()))
        {
            error = (name, "must be a non-empty string");
            return false;
        }
        value = element.GetString();
        return true;
    }

    private static bool TryOptionalGuid(JsonElement root, string name, out Guid? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element)) return true;
        if (element.ValueKind == JsonValueKind.String && Guid.TryParse(element.GetString(), out var parsed))
        {
            value = parsed;
            return true;
        }
        return false;
    }

    private static (ImportLine?, ImportError?) Fail(int lineNumber, string field, string rule) => (null, new ImportError(lineNumber, field, rule));

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
