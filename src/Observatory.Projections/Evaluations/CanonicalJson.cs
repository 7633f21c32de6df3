using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Observatory.Domain.Serialization;

namespace Observatory.Projections.Evaluations;

/// <summary>
/// The one byte form of an evaluation that its hash is taken over: object keys in ordinal order at every depth,
/// two-space indentation, "\n" line ends and a final newline, characters unescaped except where JSON requires it,
/// numbers and dates as the serializer writes them in the invariant culture. It is exactly what
/// <c>evaluate --format json</c> writes, so <c>sha256sum</c> of that file is the published hash.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonSerializerOptions Options = new(EventSerializer.Options) { WriteIndented = false };

    private static readonly JsonWriterOptions Writer = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The document as a JSON tree (keys in declaration order; <see cref="Write"/> sorts them), for diffs.</summary>
    public static JsonNode ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, Options)
        ?? throw new JsonException("A canonical document cannot be null.");

    public static string Serialize<T>(T value) => Write(ToNode(value));

    public static string Write(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writer))
            WriteSorted(writer, node);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>SHA-256 of the canonical text's UTF-8 bytes, as 64 lowercase hexadecimal digits.</summary>
    public static string Hash(string canonical) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    public static string Hash(EvaluationDocument document) => Hash(Serialize(document));

    private static void WriteSorted(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                writer.WriteStartObject();
                foreach (var (key, value) in o.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteSorted(writer, value);
                }
                writer.WriteEndObject();
                break;
            case JsonArray a:
                writer.WriteStartArray();
                foreach (var item in a)
                    WriteSorted(writer, item);
                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
