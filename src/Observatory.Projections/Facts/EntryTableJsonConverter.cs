using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Observatory.Projections.Facts;

/// <summary>A table is written as a JSON object from event id to entry, in log order, so documents are stable and diffable.</summary>
public sealed class EntryTableJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(EntryTable<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(EntryTableJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
}

/// <remarks>
/// Entries are immutable and a document is a network's whole state, rewritten each time the daemon commits it: each
/// entry's JSON is therefore kept beside the entry once written (per converter, that is per options) and copied into
/// later documents, so a commit serialises what is new rather than the whole history again. The bytes are exactly
/// those the serialiser writes; they go when their entry goes.
/// </remarks>
public sealed class EntryTableJsonConverter<TFact> : JsonConverter<EntryTable<TFact>>
{
    private readonly ConditionalWeakTable<Entry<TFact>, byte[]> _written = new();

    public override EntryTable<TFact> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("A table must be a JSON object from event id to entry.");
        var table = EntryTable<TFact>.Empty;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName || !Guid.TryParse(reader.GetString(), out var id))
                throw new JsonException("A table's keys must be event ids.");
            reader.Read();
            var entry = JsonSerializer.Deserialize<Entry<TFact>>(ref reader, options) ?? throw new JsonException($"The entry {id} is null.");
            table = table.SetItem(id, entry);
        }
        return table;
    }

    public override void Write(Utf8JsonWriter writer, EntryTable<TFact> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (id, entry) in value)
        {
            writer.WritePropertyName(id.ToString());
            if (!_written.TryGetValue(entry, out var json))
            {
                json = JsonSerializer.SerializeToUtf8Bytes(entry, options);
                _written.AddOrUpdate(entry, json);
            }
            writer.WriteRawValue(json, skipInputValidation: true);
        }
        writer.WriteEndObject();
    }
}
