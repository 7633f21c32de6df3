using Observatory.Domain.EventStore;
using Observatory.Host.Projections;
using Observatory.Host.Stores.Postgres;
using Observatory.Host.Stores.Sqlite;

namespace Observatory.Host.Cli;

/// <summary>Which store the host uses. The default needs no server: a SQLite file under data/.</summary>
public sealed record StoreSettings(string Kind, string DataDirectory, string? PostgresConnectionString)
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public string SqliteFile => Path.Combine(DataDirectory, "observatory.db");

    public string Describe() => Kind == Postgres
        ? $"PostgreSQL ({RedactedConnection()})"
        : $"SQLite ({Path.GetFullPath(SqliteFile)})";

    public IEventStore Open() => Kind == Postgres ? new PostgresEventStore(PostgresOptions()) : new SqliteEventStore(SqliteOptions());

    public IReadModelStore OpenReadModels() =>
        Kind == Postgres ? new PostgresReadModelStore(PostgresOptions()) : new SqliteReadModelStore(SqliteOptions());

    /// <summary>The one mapping from these settings to the SQLite store's options (the kind is checked).</summary>
    public SqliteStoreOptions SqliteOptions() =>
        Kind == Sqlite ? new SqliteStoreOptions { DatabasePath = SqliteFile } : throw UnknownKind();

    /// <summary>The one mapping from these settings to the PostgreSQL store's options.</summary>
    public PostgresStoreOptions PostgresOptions() => new()
    {
        ConnectionString = PostgresConnectionString
            ?? throw new CliException("--postgres", "is required with --store postgres (or set OBSERVATORY_POSTGRES)"),
    };

    private CliException UnknownKind() => new("--store", $"must be '{Sqlite}' or '{Postgres}', not '{Kind}'");

    private string RedactedConnection() =>
        string.Join(';', (PostgresConnectionString ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)));
}
