using Npgsql;
using Observatory.Domain.EventStore;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;

namespace Observatory.Host.Stores.Postgres;

/// <summary>Reads rows selected with the columns of <c>PostgresSql.ReadAll</c> (and the first nine of them, <c>ReadRecorded</c>).</summary>
internal static class PostgresValues
{
    // jsonb comes back as text: semantically the JSON that was appended, with keys in jsonb's order and its spacing.
    public static StoredEvent ToStoredEvent(string network, NpgsqlDataReader r) => new(
        EventId: r.GetGuid(3),
        Network: network,
        Stream: r.GetString(1),
        StreamVersion: r.GetInt64(2),
        Position: r.GetInt64(0),
        Type: r.GetString(4),
        SchemaVersion: r.GetInt32(5),
        Data: r.GetString(6),
        OccurredOn: new DateTimeOffset(r.GetFieldValue<DateTime>(7)),
        RecordedAt: new DateTimeOffset(r.GetFieldValue<DateTime>(8)),
        Metadata: new EventMetadata(r.GetString(9), r.GetGuid(10), r.IsDBNull(11) ? null : r.GetGuid(11)));

    /// <summary>Deserialises the event straight from jsonb's UTF-8 text, with no string of it in between.</summary>
    public static RecordedEvent ToRecordedEvent(NpgsqlDataReader r, JsonbBuffer data) => new(
        EventId: r.GetGuid(3),
        Stream: r.GetString(1),
        StreamVersion: r.GetInt64(2),
        Position: r.GetInt64(0),
        OccurredOn: new DateTimeOffset(r.GetFieldValue<DateTime>(7)),
        RecordedAt: new DateTimeOffset(r.GetFieldValue<DateTime>(8)),
        Event: EventSerializer.Deserialize(r.GetString(4), r.GetInt32(5), data.Read(r, 6)));

    /// <summary>One buffer reused across the rows of a read, for the data column's bytes.</summary>
    public sealed class JsonbBuffer
    {
        // jsonb's binary form is a format version byte, 1 (the only one PostgreSQL has defined), then the JSON text.
        private const byte TextFormat = 1;
        private byte[] _bytes = new byte[4096];

        public ReadOnlySpan<byte> Read(NpgsqlDataReader r, int ordinal)
        {
            var length = (int)r.GetBytes(ordinal, 0, null, 0, 0);
            if (length > _bytes.Length)
                _bytes = new byte[Math.Max(length, _bytes.Length * 2)];
            r.GetBytes(ordinal, 0, _bytes, 0, length);
            if (length == 0 || _bytes[0] != TextFormat)
                throw new InvalidOperationException($"jsonb in binary format version {(length == 0 ? "(none)" : _bytes[0])}; only version {TextFormat} is known.");
            return _bytes.AsSpan(1, length - 1);
        }
    }
}
