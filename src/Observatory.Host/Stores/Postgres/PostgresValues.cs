using Npgsql;
using Observatory.Domain.EventStore;

namespace Observatory.Host.Stores.Postgres;

/// <summary>Reads rows selected with the columns of <c>PostgresSql.ReadAll</c>.</summary>
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
}
