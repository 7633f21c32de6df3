namespace Observatory.Benchmarks.Postgres;

/// <summary>What a raw baseline table carries besides the store's columns.</summary>
internal enum RawShape
{
    /// <summary>The store's columns and types, only the primary key (network, position): the engine's floor.</summary>
    PrimaryKeyOnly,
    /// <summary>The store's columns with its three unique indexes: what the store's schema costs by itself.</summary>
    SameIndexes,
    /// <summary>Primary key only and data as text instead of jsonb: what jsonb parsing costs.</summary>
    TextData,
}

internal static class PgRawTable
{
    public const string Columns = "network, position, stream, stream_version, event_id, type, schema_version, data, occurred_on, recorded_at, actor, correlation_id, causation_id, content_hash";
    public const int ColumnCount = 14;

    public static string Create(string schema, RawShape shape) => $"""
        CREATE SCHEMA "{schema}";
        CREATE TABLE "{schema}".events (
            network        text COLLATE "C" NOT NULL,
            position       bigint      NOT NULL,
            stream         text COLLATE "C" NOT NULL,
            stream_version bigint      NOT NULL,
            event_id       uuid        NOT NULL,
            type           text        NOT NULL,
            schema_version integer     NOT NULL,
            data           {(shape == RawShape.TextData ? "text" : "jsonb")} NOT NULL,
            occurred_on    timestamptz NOT NULL,
            recorded_at    timestamptz NOT NULL,
            actor          text        NOT NULL,
            correlation_id uuid        NOT NULL,
            causation_id   uuid,
            content_hash   bytea       NOT NULL,
            PRIMARY KEY (network, position)
            {(shape == RawShape.SameIndexes ? ", UNIQUE (network, stream, stream_version), UNIQUE (network, event_id)" : "")}
        );
        """;

    public static string Table(string schema) => $"\"{schema}\".events";
}
