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

public sealed class EntryTableJsonConverter<TFact> : JsonConverter<EntryTable<TFact>>
{
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
            JsonSerializer.Serialize(writer, entry, options);
        }
        writer.WriteEndObject();
    }
}
