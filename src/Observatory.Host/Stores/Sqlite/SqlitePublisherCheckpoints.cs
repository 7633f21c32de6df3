using Microsoft.Data.Sqlite;
using Observatory.Host.Publishing;

namespace Observatory.Host.Stores.Sqlite;

/// <summary>
/// Subscription checkpoints in the embedded store's own file, beside the events they point into. A checkpoint
/// write is one short transaction; SQLite's busy timeout lets it wait for the store's writer instead of failing.
/// </summary>
public sealed class SqlitePublisherCheckpoints : IPublisherCheckpoints
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS subscription_checkpoints (
            network      TEXT    NOT NULL,
            subscription TEXT    NOT NULL,
            position     INTEGER NOT NULL,
            updated_at   INTEGER NOT NULL,
            PRIMARY KEY (network, subscription)
        ) WITHOUT ROWID;
        """;

    private const string Select = """
        SELECT position FROM subscription_checkpoints WHERE network = $network AND subscription = $subscription;
        """;

    private const string Upsert = """
        INSERT INTO subscription_checkpoints (network, subscription, position, updated_at)
        VALUES ($network, $subscription, $position, $updated_at)
        ON CONFLICT (network, subscription) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at;
        """;

    private readonly SqliteFeatureTables _tables;
    private readonly TimeProvider _time;

    /// <param name="databasePath">The store's file, for example <c>SqliteEventStore.DatabasePath</c>.</param>
    public SqlitePublisherCheckpoints(string databasePath, TimeProvider? time = null)
    {
        _tables = new SqliteFeatureTables(databasePath, CreateTable);
        _time = time ?? TimeProvider.System;
    }

    public async Task<long> ReadAsync(string network, string subscription, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = Select;
        command.Parameters.AddWithValue("$network", network);
        command.Parameters.AddWithValue("$subscription", subscription);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long position ? position : 0L;
    }

    public async Task SaveAsync(string network, string subscription, long position, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = Upsert;
        command.Parameters.AddWithValue("$network", network);
        command.Parameters.AddWithValue("$subscription", subscription);
        command.Parameters.AddWithValue("$position", position);
        command.Parameters.AddWithValue("$updated_at", StoreClock.ToUnixMicroseconds(_time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _tables.OpenAsync(cancellationToken);
}
