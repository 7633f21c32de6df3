using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Observatory.Domain.Serialization;

/// <summary>
/// The one JSON shape of events, in the log, in import files and on the wire. Strict on the way in: unknown fields,
/// missing required fields and nulls where none are allowed are errors that name the field.
/// </summary>
public static class EventSerializer
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static (string WireName, int SchemaVersion, string Data) Serialize(IDomainEvent domainEvent)
    {
        var info = EventCatalog.For(domainEvent.GetType());
        return (info.WireName, info.SchemaVersion, JsonSerializer.Serialize(domainEvent, info.ClrType, Options));
    }

    /// <summary>Reads stored or imported JSON, upcasting it from <paramref name="schemaVersion"/> to the current version.</summary>
    /// <exception cref="EventFormatException">The type is unknown or the data does not match its schema.</exception>
    public static IDomainEvent Deserialize(string wireName, int schemaVersion, string data)
    {
        if (!EventCatalog.TryGet(wireName, out var info))
            throw new EventFormatException("type", $"'{wireName}' is not a known event type");
        if (schemaVersion < 1 || schemaVersion > info.SchemaVersion)
            throw new EventFormatException("schemaVersion", $"'{wireName}' has schema versions 1 to {info.SchemaVersion}, not {schemaVersion}");

        try
        {
            if (schemaVersion == info.SchemaVersion)
                return (IDomainEvent)(JsonSerializer.Deserialize(data, info.ClrType, Options)
                    ?? throw new EventFormatException("data", "must be a JSON object, not null"));

            var node = JsonNode.Parse(data) as JsonObject
                ?? throw new EventFormatException("data", "must be a JSON object");
            for (var version = schemaVersion; version < info.SchemaVersion; version++)
            {
                var upcaster = EventCatalog.UpcasterFrom(wireName, version)
                    ?? throw new InvalidOperationException($"No upcaster for '{wireName}' from version {version}.");
                node = upcaster.Upcast(node);
            }
            return (IDomainEvent)(node.Deserialize(info.ClrType, Options)
                ?? throw new EventFormatException("data", "must be a JSON object, not null"));
        }
        catch (JsonException e) when (MissingRequired(e) is { } missing)
        {
            throw new EventFormatException($"{FieldOf(e)}.{missing}", "is required");
        }
        catch (JsonException e)
        {
            throw new EventFormatException(FieldOf(e), Describe(e));
        }
    }

    // System.Text.Json names a missing constructor parameter only inside its message:
    // "JSON deserialization for type 'X' was missing required properties including: 'count'."
    private static string? MissingRequired(JsonException e)
    {
        const string marker = "missing required properties including: '";
        var start = e.Message.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0) return null;
        start += marker.Length;
        var end = e.Message.IndexOf('\'', start);
        return end > start ? e.Message[start..end] : null;
    }

    // System.Text.Json reports paths like "$.dates.start"; the import reports fields as "data.dates.start".
    private static string FieldOf(JsonException e) =>
        string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "data" : "data" + e.Path.TrimStart('$');

    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

/// <summary>Event data that does not fit its type's schema. <see cref="Field"/> is a dotted path such as "data.dates.start".</summary>
public sealed class EventFormatException(string field, string rule) : Exception($"{field}: {rule}")
{
    public string Field { get; } = field;
    public string Rule { get; } = rule;
}
