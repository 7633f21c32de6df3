using Microsoft.Data.Sqlite;
using Observatory.Domain.EventStore;

namespace Observatory.Host.Stores.Sqlite;

/// <summary>Conversions between the log's types and SQLite's storage classes.</summary>
internal static class SqliteValues
{
    // Big-endian keeps a UUID v7's timestamp in its leading bytes, so new ids land at the end of the index.
    public static byte[] FromGuid(Guid value) => value.ToByteArray(bigEndian: true);

    public static Guid ToGuid(SqliteDataReader reader, int ordinal) => new((byte[])reader[ordinal], bigEndian: true);

    /// <summary>Reads a row selected with the columns of <c>SqliteSql.ReadAll</c>.</summary>
    public static StoredEvent ToStoredEvent(string network, SqliteDataReader r) => new(
        EventId: ToGuid(r, 3),
        Network: network,
        Stream: r.GetString(1),
        StreamVersion: r.GetInt64(2),
        Position: r.GetInt64(0),
        Type: r.GetString(4),
        SchemaVersion: r.GetInt32(5),
        Data: r.GetString(6),
        OccurredOn: StoreClock.FromUnixMicroseconds(r.GetInt64(7)),
        RecordedAt: StoreClock.FromUnixMicroseconds(r.GetInt64(8)),
        Metadata: new EventMetadata(r.GetString(9), ToGuid(r, 10), r.IsDBNull(11) ? null : ToGuid(r, 11)));
}
