using Microsoft.Data.Sqlite;
using Observatory.Host.Privacy;

namespace Observatory.Host.Stores.Sqlite;

/// <summary>
/// Per-person keys in the embedded store's file. An erased key's bytes must not survive in free pages or in the
/// write-ahead log, so every connection here runs with <c>secure_delete</c> (freed content is zeroed) and an
/// erasure ends with a truncating checkpoint (the WAL frames that held the key are written back and discarded).
/// </summary>
public sealed class SqlitePersonKeys : IPersonKeys
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS person_keys (
            network    TEXT    NOT NULL,
            key_id     TEXT    NOT NULL,
            key        BLOB,
            created_at INTEGER NOT NULL,
            erased_at  INTEGER,
            PRIMARY KEY (network, key_id)
        ) WITHOUT ROWID;
        """;

    private const string Insert = "INSERT INTO person_keys (network, key_id, key, created_at) VALUES ($network, $key_id, $key, $created_at);";

    private const string Select = "SELECT key FROM person_keys WHERE network = $network AND key_id = $key_id AND erased_at IS NULL;";

    // zeroblob first, so the page is overwritten in place with zeros before the cell is cleared.
    private const string Erase = """
        UPDATE person_keys SET key = zeroblob(length(key)) WHERE network = $network AND key_id = $key_id AND erased_at IS NULL;
        UPDATE person_keys SET key = NULL, erased_at = $erased_at WHERE network = $network AND key_id = $key_id AND erased_at IS NULL;
        """;

    private readonly SqliteFeatureTables _tables;

    /// <param name="databasePath">The store's file, for example <c>SqliteEventStore.DatabasePath</c>.</param>
    public SqlitePersonKeys(string databasePath)
    {
        _tables = new SqliteFeatureTables(databasePath, CreateTable);
    }

    public async Task CreateAsync(string network, string keyId, byte[] key, DateTimeOffset createdAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, Insert, network, keyId);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$created_at", createdAt.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<byte[]?> FindAsync(string network, string keyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, Select, network, keyId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
    }

    public async Task<bool> EraseAsync(string network, string keyId, DateTimeOffset erasedAt, CancellationToken cancellationToken = default)
    {
        int changed;
        await using (var connection = await OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var command = Command(connection, Erase, network, keyId))
            {
                command.Transaction = transaction;
                command.Parameters.AddWithValue("$erased_at", erasedAt.ToUnixTimeMilliseconds());
                changed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        return changed > 0;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string network, string keyId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$network", network);
        command.Parameters.AddWithValue("$key_id", keyId);
        return command;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        _tables.OpenAsync(cancellationToken, "PRAGMA journal_mode = WAL; PRAGMA secure_delete = ON;");
}
