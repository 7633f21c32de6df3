using System.Text;
using System.Text.Json;
using Observatory.Domain.EventStore;

namespace Observatory.Host.Stores;

/// <summary>The checks every store makes before touching the log; each refusal names the field and the rule.</summary>
internal static class AppendRules
{
    public static void CheckNetwork(string? network)
    {
        if (!StreamNames.IsValidNetwork(network))
            throw new InvalidAppendException("network",
                $"'{network}' is not a network id: use 1 to 63 characters of a-z, 0-9 and '-', starting with a letter or digit");
    }

    public static void CheckStream(string? stream)
    {
        if (!StreamNames.IsValidStream(stream))
            throw new InvalidAppendException("stream",
                $"'{stream}' is not a stream name: use '{{kind}}' or '{{kind}}-{{id}}', a lowercase kind (a-z) and an id of a-z, 0-9, '.', '_' or '-'");
    }

    /// <returns>The event's data as UTF-8, which the content hash needs anyway.</returns>
    public static byte[] CheckEvent(EventToAppend? e)
    {
        if (e is null)
            throw new InvalidAppendException("events", "must not contain null");
        if (e.EventId == Guid.Empty)
            throw new InvalidAppendException("eventId", "must not be the empty UUID");
        if (string.IsNullOrWhiteSpace(e.Type))
            throw new InvalidAppendException("type", "must not be empty");
        if (e.SchemaVersion < 1)
            throw new InvalidAppendException("schemaVersion", $"must be 1 or more, not {e.SchemaVersion}");
        if (e.Metadata is null)
            throw new InvalidAppendException("metadata", "is required");
        if (string.IsNullOrWhiteSpace(e.Metadata.Actor))
            throw new InvalidAppendException("actor", "must name who recorded the event");
        if (e.Data is null)
            throw new InvalidAppendException("data", "must be JSON, not null");

        var utf8 = Encoding.UTF8.GetBytes(e.Data);
        CheckJson(utf8);
        return utf8;
    }

    // Both stores must accept and refuse the same data; PostgreSQL's jsonb refuses invalid JSON and the NUL character,
    // so SQLite refuses them too rather than storing what the server store could never hold.
    private static void CheckJson(byte[] utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            while (reader.Read())
            {
                if (reader.ValueIsEscaped && reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                    && reader.GetString()!.Contains('\0', StringComparison.Ordinal))
                    throw new InvalidAppendException("data", "must not contain the NUL character (\\u0000)");
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new InvalidAppendException("data", $"must be valid JSON: {ex.Message}");
        }
    }
}
