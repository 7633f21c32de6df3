using Microsoft.Data.Sqlite;

namespace Observatory.Host.Stores.Sqlite;

/// <summary>
/// What every feature table in the embedded store's file shares: a pooled connection to the store's own file that
/// waits for the store's writer (busy timeout) rather than failing, and its idempotent CREATE run once per instance.
/// </summary>
internal sealed class SqliteFeatureTables(string databasePath, string createSql)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public string ConnectionString { get; } = ConnectionStringFor(databasePath);

    public static string ConnectionStringFor(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var full = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Opens a connection, runs <paramref name="pragmas"/> on it, and makes sure the tables exist.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken, string? pragmas = null)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (pragmas is not null)
                await ExecuteAsync(connection, pragmas, cancellationToken).ConfigureAwait(false);
            await EnsureAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task EnsureAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (_ready)
            return;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
                return;
            await ExecuteAsync(connection, createSql, cancellationToken).ConfigureAwait(false);
            _ready = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
