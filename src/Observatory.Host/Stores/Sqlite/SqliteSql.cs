namespace Observatory.Host.Stores.Sqlite;

/// <summary>
/// Every statement of the SQLite store, in one place, versioned with the schema (version 1).
/// Ids are 16-byte big-endian BLOBs so time-ordered UUIDs (v7) sort by time in the indexes; times are integer
/// microseconds since the Unix epoch, UTC. Every table leads its keys with the network.
/// </summary>
internal static class SqliteSql
{
    public const string Pragmas = """
        PRAGMA journal_mode = WAL;
        PRAGMA foreign_keys = OFF;
        """;

    public static string Synchronous(SqliteSynchronous mode) =>
        mode == SqliteSynchronous.Normal ? "PRAGMA synchronous = NORMAL;" : "PRAGMA synchronous = FULL;";

    public const string CreateSchema = """
        CREATE TABLE IF NOT EXISTS networks (
            network TEXT    NOT NULL PRIMARY KEY,
            head    INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS events (
            network        TEXT    NOT NULL,
            position       INTEGER NOT NULL,
            stream         TEXT    NOT NULL,
            stream_version INTEGER NOT NULL,
            event_id       BLOB    NOT NULL,
            type           TEXT    NOT NULL,
            schema_version INTEGER NOT NULL,
            data           TEXT    NOT NULL,
            occurred_on    INTEGER NOT NULL,
            recorded_at    INTEGER NOT NULL,
            actor          TEXT    NOT NULL,
            correlation_id BLOB    NOT NULL,
            causation_id   BLOB,
            content_hash   BLOB    NOT NULL,
            PRIMARY KEY (network, position),
            UNIQUE (network, stream, stream_version),
            UNIQUE (network, event_id)
        );
        """;

    public const string DataVersion = "PRAGMA data_version;";

    public const string SelectHead = "SELECT head FROM networks WHERE network = $network;";

    public const string SelectExisting = """
        SELECT event_id, stream, type, stream_version, position, content_hash
        FROM events WHERE network = $network AND event_id = $event_id;
        """;

    public const string SelectStreamVersion = """
        SELECT coalesce(max(stream_version), 0) FROM events WHERE network = $network AND stream = $stream;
        """;

    // Many ids or streams in one statement: a JSON array walked by json_each, each element one index probe (CROSS JOIN
    // keeps json_each the outer loop). Ids travel as hex text, turned back into the 16-byte keys by unhex().
    public const string SelectExistingMany = """
        SELECT e.event_id, e.stream, e.type, e.stream_version, e.position, e.content_hash
        FROM json_each($event_ids) AS j CROSS JOIN events AS e
        WHERE e.network = $network AND e.event_id = unhex(j.value);
        """;

    public const string SelectStreamVersionsMany = """
        SELECT j.value, (SELECT coalesce(max(e.stream_version), 0) FROM events AS e
                         WHERE e.network = $network AND e.stream = j.value)
        FROM json_each($streams) AS j;
        """;

    public const string InsertEvent = """
        INSERT INTO events (network, position, stream, stream_version, event_id, type, schema_version, data,
                            occurred_on, recorded_at, actor, correlation_id, causation_id, content_hash)
        VALUES ($network, $position, $stream, $stream_version, $event_id, $type, $schema_version, $data,
                $occurred_on, $recorded_at, $actor, $correlation_id, $causation_id, $content_hash);
        """;

    public const string UpsertHead = """
        INSERT INTO networks (network, head) VALUES ($network, $head)
        ON CONFLICT (network) DO UPDATE SET head = excluded.head;
        """;

    private const string EventColumns = """
        position, stream, stream_version, event_id, type, schema_version, data,
        occurred_on, recorded_at, actor, correlation_id, causation_id
        """;

    public const string ReadAll = $"""
        SELECT {EventColumns} FROM events
        WHERE network = $network AND position > $after
        ORDER BY position LIMIT $limit;
        """;

    public const string ReadStream = $"""
        SELECT {EventColumns} FROM events
        WHERE network = $network AND stream = $stream AND stream_version >= $from
        ORDER BY stream_version LIMIT $limit;
        """;

    public const string ListNetworks = "SELECT network FROM networks WHERE head > 0 ORDER BY network;";
}
