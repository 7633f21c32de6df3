using System.Text.RegularExpressions;

namespace Observatory.Host.Stores.Postgres;

/// <summary>
/// Every statement of the PostgreSQL store, in one place, versioned with the schema (version 1).
/// All values travel as parameters (arrays for batches); only the validated schema name is spliced into the text.
/// Every table leads its keys with the network, the future distribution column; network and stream use the "C"
/// collation because they are ASCII slugs and byte comparison is the fastest.
/// </summary>
internal sealed partial class PostgresSql
{
    public PostgresSql(string schema)
    {
        if (!SchemaPattern().IsMatch(schema ?? ""))
            throw new ArgumentException($"Schema '{schema}' is not valid: use 1 to 48 characters of a-z, 0-9 and '_', starting with a letter or '_'.", nameof(schema));
        Schema = schema!;
        var s = $"\"{Schema}\"";
        Channel = $"{Schema}_events";

        SchemaExists = $"SELECT to_regclass('{s}.events') IS NOT NULL AND to_regclass('{s}.networks') IS NOT NULL";
        CreateSchema = $"""
            SELECT pg_advisory_xact_lock(hashtextextended('observatory schema ' || @schema, 0));
            CREATE SCHEMA IF NOT EXISTS {s};
            CREATE TABLE IF NOT EXISTS {s}.networks (
                network text COLLATE "C" NOT NULL PRIMARY KEY,
                head    bigint NOT NULL
            );
            CREATE TABLE IF NOT EXISTS {s}.events (
                network        text COLLATE "C" NOT NULL,
                position       bigint      NOT NULL,
                stream         text COLLATE "C" NOT NULL,
                stream_version bigint      NOT NULL,
                event_id       uuid        NOT NULL,
                type           text        NOT NULL,
                schema_version integer     NOT NULL,
                data           jsonb       NOT NULL,
                occurred_on    timestamptz NOT NULL,
                recorded_at    timestamptz NOT NULL,
                actor          text        NOT NULL,
                correlation_id uuid        NOT NULL,
                causation_id   uuid,
                content_hash   bytea       NOT NULL,
                CONSTRAINT events_pkey PRIMARY KEY (network, position),
                CONSTRAINT events_stream_version_key UNIQUE (network, stream, stream_version),
                CONSTRAINT events_event_id_key UNIQUE (network, event_id)
            );
            """;

        // READ COMMITTED on purpose: every statement after the lock takes a fresh snapshot, so it sees everything
        // committed by the writer that held the lock before us.
        Begin = "BEGIN ISOLATION LEVEL READ COMMITTED";
        EnsureNetwork = $"INSERT INTO {s}.networks (network, head) VALUES (@network, 0) ON CONFLICT (network) DO NOTHING";
        LockHead = $"SELECT head FROM {s}.networks WHERE network = @network FOR UPDATE";
        // Read after the lock was granted (a statement of its own, so it cannot be evaluated before the wait):
        // the recordedAt of a COPY, which cannot call clock_timestamp() per row.
        ClockAfterLock = "SELECT clock_timestamp()";
        // One unique-index probe per id, whatever the statistics say: on a young table (no ANALYZE yet) the planner
        // otherwise scans the whole network for "event_id = ANY(…)", which grows with every append.
        SelectExisting = $"""
            SELECT e.event_id, e.stream, e.type, e.stream_version, e.position, e.content_hash
            FROM unnest(@event_ids) AS i(event_id)
            CROSS JOIN LATERAL (SELECT x.event_id, x.stream, x.type, x.stream_version, x.position, x.content_hash
                                FROM {s}.events x
                                WHERE x.network = @network AND x.event_id = i.event_id LIMIT 1) AS e
            """;
        SelectExistingOne = $"""
            SELECT event_id, stream, type, stream_version, position, content_hash
            FROM {s}.events WHERE network = @network AND event_id = @event_id
            """;
        SelectStreamVersionOne = $"""
            SELECT @stream, coalesce(max(stream_version), 0) FROM {s}.events WHERE network = @network AND stream = @stream
            """;
        SelectStreamVersions = $"""
            SELECT s.stream, coalesce((SELECT max(e.stream_version) FROM {s}.events e
                                       WHERE e.network = @network AND e.stream = s.stream), 0)
            FROM unnest(@streams) AS s(stream)
            """;
        // clock_timestamp() in its own subquery is evaluated once, after the lock was granted: recordedAt then
        // never goes backwards along the positions of a network (now() would be the time of BEGIN, before the wait).
        InsertEvents = $"""
            INSERT INTO {s}.events (network, position, stream, stream_version, event_id, type, schema_version, data,
                                    occurred_on, recorded_at, actor, correlation_id, causation_id, content_hash)
            SELECT @network, u.position, u.stream, u.stream_version, u.event_id, u.type, u.schema_version, u.data::jsonb,
                   u.occurred_on, t.recorded_at, u.actor, u.correlation_id, u.causation_id, u.content_hash
            FROM unnest(@positions, @streams, @stream_versions, @event_ids, @types, @schema_versions, @data,
                        @occurred_on, @actors, @correlation_ids, @causation_ids, @content_hashes)
                 AS u(position, stream, stream_version, event_id, type, schema_version, data,
                      occurred_on, actor, correlation_id, causation_id, content_hash)
            CROSS JOIN (SELECT clock_timestamp() AS recorded_at) AS t
            """;
        InsertEvent = $"""
            INSERT INTO {s}.events (network, position, stream, stream_version, event_id, type, schema_version, data,
                                    occurred_on, recorded_at, actor, correlation_id, causation_id, content_hash)
            VALUES (@network, @position, @stream, @stream_version, @event_id, @type, @schema_version, @data::jsonb,
                    @occurred_on, clock_timestamp(), @actor, @correlation_id, @causation_id, @content_hash)
            """;
        // One event at a head the writer names, as one autocommitted statement: the head row's UPDATE takes the lock
        // and checks the head on its newest version; the id and stream probes ride in its WHERE, and the INSERT
        // happens only when it advanced the head. The probes read the statement's snapshot, which can miss a commit
        // the UPDATE waited for; such a miss ends in a unique violation (the id, or the stream's next version), never
        // in a wrong row, and the caller then takes the locked path. No row back: nothing written.
        // Positional parameters ($1 …), unlike the other statements: Npgsql then sends the text as it is instead of
        // parsing it on every execution to rewrite named ones, which showed in the profile of this, the commands' path.
        // $1 network, $2 head, $3 stream, $4 stream_version, $5 event_id, $6 type, $7 schema_version, $8 data,
        // $9 occurred_on, $10 actor, $11 correlation_id, $12 causation_id, $13 content_hash.
        InsertOneAtHead = $"""
            WITH advanced AS (
                UPDATE {s}.networks SET head = $2 + 1
                WHERE network = $1 AND head = $2
                  AND NOT EXISTS (SELECT FROM {s}.events WHERE network = $1 AND event_id = $5)
                  AND (SELECT coalesce(max(stream_version), 0) FROM {s}.events
                       WHERE network = $1 AND stream = $3) = $4 - 1
                RETURNING head)
            INSERT INTO {s}.events (network, position, stream, stream_version, event_id, type, schema_version, data,
                                    occurred_on, recorded_at, actor, correlation_id, causation_id, content_hash)
            SELECT $1, advanced.head, $3, $4, $5, $6, $7, $8::jsonb, $9, clock_timestamp(), $10, $11, $12, $13
            FROM advanced
            RETURNING position
            """;
        // After InsertOneAtHead, as its own transaction: notifies only when the head reached what that append wrote.
        // $1 channel, $2 payload, $3 network, $4 the head that append wrote.
        NotifyIfHeadReached = $"SELECT pg_notify($1, $2) FROM {s}.networks WHERE network = $3 AND head >= $4";
        CopyEvents = $"""
            COPY {s}.events (network, position, stream, stream_version, event_id, type, schema_version, data,
                             occurred_on, recorded_at, actor, correlation_id, causation_id, content_hash)
            FROM STDIN (FORMAT BINARY)
            """;
        AdvanceHead = $"UPDATE {s}.networks SET head = @head WHERE network = @network";
        Notify = "SELECT pg_notify(@channel, @payload)";
        Commit = "COMMIT";
        Rollback = "ROLLBACK";

        SelectHead = $"SELECT head FROM {s}.networks WHERE network = @network";
        const string columns = """
            position, stream, stream_version, event_id, type, schema_version, data,
            occurred_on, recorded_at, actor, correlation_id, causation_id
            """;
        // Positions and stream versions are gapless, so a page of at most n events is exactly the closed range
        // (after, after + n] of the index. The explicit upper bound keeps every plan a short index range, even with
        // stale statistics (ORDER BY … LIMIT alone let a young table's planner sort the whole network).
        ReadAll = $"""
            SELECT {columns} FROM {s}.events
            WHERE network = @network AND position > @after AND position <= @up_to
            ORDER BY position
            """;
        // The same page without the metadata columns, which a fold does not read.
        ReadRecorded = $"""
            SELECT position, stream, stream_version, event_id, type, schema_version, data, occurred_on, recorded_at
            FROM {s}.events
            WHERE network = @network AND position > @after AND position <= @up_to
            ORDER BY position
            """;
        ReadStream = $"""
            SELECT {columns} FROM {s}.events
            WHERE network = @network AND stream = @stream AND stream_version >= @from AND stream_version <= @up_to
            ORDER BY stream_version
            """;
        ListNetworks = $"SELECT network FROM {s}.networks WHERE head > 0 ORDER BY network";
        Listen = $"LISTEN \"{Channel}\"";
    }

    public string Schema { get; }
    /// <summary>The NOTIFY channel: one per schema, so two stores in one database do not wake each other.</summary>
    public string Channel { get; }

    /// <summary>Checked first, so a role without CREATE rights can use tables an administrator created.</summary>
    public string SchemaExists { get; }
    public string CreateSchema { get; }
    public string Begin { get; }
    public string EnsureNetwork { get; }
    public string LockHead { get; }
    public string SelectExisting { get; }
    public string SelectStreamVersions { get; }
    public string SelectExistingOne { get; }
    public string SelectStreamVersionOne { get; }
    public string ClockAfterLock { get; }
    public string InsertEvent { get; }
    public string InsertOneAtHead { get; }
    public string NotifyIfHeadReached { get; }
    public string CopyEvents { get; }
    public string InsertEvents { get; }
    public string AdvanceHead { get; }
    public string Notify { get; }
    public string Commit { get; }
    public string Rollback { get; }
    public string SelectHead { get; }
    public string ReadAll { get; }
    public string ReadRecorded { get; }
    public string ReadStream { get; }
    public string ListNetworks { get; }
    public string Listen { get; }

    // Short enough that "{schema}_events" stays within PostgreSQL's 63-byte identifier limit.
    [GeneratedRegex("^[a-z_][a-z0-9_]{0,47}$")]
    private static partial Regex SchemaPattern();
}
