using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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
        var reader = ReaderFor(wireName, schemaVersion);
        try
        {
            return schemaVersion == reader.Info.SchemaVersion
                ? NotNull(JsonSerializer.Deserialize(data, reader.TypeInfo))
                : Upcast(reader, schemaVersion, JsonNode.Parse(data));
        }
        catch (JsonException e)
        {
            throw FormatError(e);
        }
    }

    /// <summary>
    /// The same from UTF-8 bytes, as a store holds them: no UTF-16 copy of the data is made (replays read whole logs
    /// this way).
    /// </summary>
    /// <exception cref="EventFormatException">The type is unknown or the data does not match its schema.</exception>
    public static IDomainEvent Deserialize(string wireName, int schemaVersion, ReadOnlySpan<byte> utf8Data)
    {
        var reader = ReaderFor(wireName, schemaVersion);
        try
        {
            return schemaVersion == reader.Info.SchemaVersion
                ? NotNull(JsonSerializer.Deserialize(utf8Data, reader.TypeInfo))
                : Upcast(reader, schemaVersion, JsonNode.Parse(utf8Data));
        }
        catch (JsonException e)
        {
            throw FormatError(e);
        }
    }

    private static EventReader ReaderFor(string wireName, int schemaVersion)
    {
        if (!Readers.TryGetValue(wireName, out var reader))
            throw new EventFormatException("type", $"'{wireName}' is not a known event type");
        if (schemaVersion < 1 || schemaVersion > reader.Info.SchemaVersion)
            throw new EventFormatException("schemaVersion", $"'{wireName}' has schema versions 1 to {reader.Info.SchemaVersion}, not {schemaVersion}");
        return reader;
    }

    private static IDomainEvent Upcast(EventReader reader, int schemaVersion, JsonNode? data)
    {
        var node = data as JsonObject
            ?? throw new EventFormatException("data", "must be a JSON object");
        var wireName = reader.Info.WireName;
        for (var version = schemaVersion; version < reader.Info.SchemaVersion; version++)
        {
            var upcaster = EventCatalog.UpcasterFrom(wireName, version)
                ?? throw new InvalidOperationException($"No upcaster for '{wireName}' from version {version}.");
            node = upcaster.Upcast(node);
        }
        return NotNull(node.Deserialize(reader.TypeInfo));
    }

    private static IDomainEvent NotNull(object? domainEvent) =>
        (IDomainEvent)(domainEvent ?? throw new EventFormatException("data", "must be a JSON object, not null"));

    private static EventFormatException FormatError(JsonException e) =>
        MissingRequired(e) is { } missing
            ? new EventFormatException($"{FieldOf(e)}.{missing}", "is required")
            : new EventFormatException(FieldOf(e), Describe(e));

    // One look-up per event instead of two (catalogue, then the options' own cache of type metadata): replays
    // deserialise every event of a log.
    private static readonly FrozenDictionary<string, EventReader> Readers =
        EventCatalog.All.ToFrozenDictionary(info => info.WireName, info => new EventReader(info), StringComparer.Ordinal);

    private sealed class EventReader(EventTypeInfo info)
    {
        private JsonTypeInfo? _typeInfo;

        public EventTypeInfo Info { get; } = info;

        // Built on first use, as the options would: resolving every event type up front would slow every start.
        public JsonTypeInfo TypeInfo => _typeInfo ??= Options.GetTypeInfo(Info.ClrType);
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
