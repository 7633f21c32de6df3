namespace Observatory.Host.Stores.Sqlite;

/// <summary>
/// Every statement of the SQLite read-model store, in one place, versioned with its schema (version 1). The tables
/// live in the events' file, so documents, checkpoints and parked events commit in one transaction. Keys lead with
/// the network, like the events'. Times are integer microseconds since the Unix epoch, UTC.
/// </summary>
internal static class SqliteReadModelSql
{
    public const string Pragmas = "PRAGMA journal_mode = WAL;";

    public static string Synchronous(SqliteSynchronous mode) =>
        mode == SqliteSynchronous.Normal ? "PRAGMA synchronous = NORMAL;" : "PRAGMA synchronous = FULL;";

    // read_models keeps its rowid: documents can be large, and WITHOUT ROWID tables suit small rows only.
    // The partial unique index makes "at most one live version per projection" a fact the file enforces.
    public const string CreateSchema = """
        CREATE TABLE IF NOT EXISTS read_models (
            network    TEXT    NOT NULL,
            projection TEXT    NOT NULL,
            version    INTEGER NOT NULL,
            status     TEXT    NOT NULL CHECK (status IN ('building', 'live', 'retired')),
            checkpoint INTEGER NOT NULL,
            revision   INTEGER NOT NULL,
            document   TEXT    NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (network, projection, version)
        );
        CREATE UNIQUE INDEX IF NOT EXISTS read_models_one_live ON read_models (network, projection) WHERE status = 'live';

        CREATE TABLE IF NOT EXISTS parked_events (
            network    TEXT    NOT NULL,
            projection TEXT    NOT NULL,
            version    INTEGER NOT NULL,
            position   INTEGER NOT NULL,
            stream     TEXT    NOT NULL,
            event_id   BLOB    NOT NULL,
            error      TEXT    NOT NULL,
            parked_at  INTEGER NOT NULL,
            PRIMARY KEY (network, projection, version, position)
        ) WITHOUT ROWID;
        """;

    private const string Columns = "network, projection, version, status, checkpoint, revision, document, updated_at";

    public const string Select = $"""
        SELECT {Columns} FROM read_models WHERE network = $network AND projection = $projection AND version = $version;
        """;

    public const string SelectLive = $"""
        SELECT {Columns} FROM read_models WHERE network = $network AND projection = $projection AND status = 'live';
        """;

    public const string SelectLiveHeaders = """
        SELECT projection, version, checkpoint, revision, updated_at FROM read_models WHERE network = $network AND status = 'live';
        """;

    public const string Insert = """
        INSERT INTO read_models (network, projection, version, status, checkpoint, revision, document, updated_at)
        VALUES ($network, $projection, $version, $status, $checkpoint, 1, $document, $updated_at)
        ON CONFLICT (network, projection, version) DO NOTHING;
        """;

    public const string Update = """
        UPDATE read_models
        SET status = $status, checkpoint = $checkpoint, revision = revision + 1, document = $document, updated_at = $updated_at
        WHERE network = $network AND projection = $projection AND version = $version AND revision = $expected;
        """;

    /// <summary>The update of a read model whose state did not change: checkpoint and revision, the document stays.</summary>
    public const string Advance = """
        UPDATE read_models
        SET status = $status, checkpoint = $checkpoint, revision = revision + 1, updated_at = $updated_at
        WHERE network = $network AND projection = $projection AND version = $version AND revision = $expected;
        """;

    public const string RetireOthers = """
        UPDATE read_models SET status = 'retired', updated_at = $updated_at
        WHERE network = $network AND projection = $projection AND version <> $version AND status = 'live';
        """;

    public const string SelectParked = """
        SELECT position, stream, event_id, error, parked_at FROM parked_events
        WHERE network = $network AND projection = $projection AND version = $version
        ORDER BY position;
        """;

    public const string Park = """
        INSERT INTO parked_events (network, projection, version, position, stream, event_id, error, parked_at)
        VALUES ($network, $projection, $version, $position, $stream, $event_id, $error, $parked_at)
        ON CONFLICT (network, projection, version, position) DO UPDATE SET error = excluded.error;
        """;

    public const string Unpark = """
        DELETE FROM parked_events
        WHERE network = $network AND projection = $projection AND version = $version AND position = $position;
        """;
}
