using Npgsql;
using Observatory.Host.Privacy;

namespace Observatory.Host.Stores.Postgres;

/// <summary>
/// Per-person keys in the server store's schema, network first as on every table. PostgreSQL never updates in
/// place: an erased key's old row version stays in the table file until vacuumed, so an erasure ends with
/// <c>VACUUM FULL</c> of this small table, which rewrites it without dead rows. Base backups and archived WAL taken
/// before the erasure still hold the key until they expire; docs/privacy.md says so.
/// </summary>
public sealed class PostgresPersonKeys : IPersonKeys, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _createTable;
    private readonly string _insert;
    private readonly string _select;
    private readonly string _erase;
    private readonly string _vacuum;
    private readonly PostgresSchemaGate _schemaGate;

    public PostgresPersonKeys(string connectionString, string schema = "observatory")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        schema = PostgresSchemaName.Checked(schema);
        _dataSource = NpgsqlDataSource.Create(connectionString);
        Schema = schema!;
        // Only the validated schema name is spliced into the text; every value is a parameter.
        var table = $"\"{schema}\".person_keys";
        _createTable = $"""
            SELECT pg_advisory_xact_lock(hashtextextended('observatory schema ' || @schema, 0));
            CREATE SCHEMA IF NOT EXISTS "{schema}";
            CREATE TABLE IF NOT EXISTS {table} (
                network    text COLLATE "C" NOT NULL,
                key_id     text COLLATE "C" NOT NULL,
                key        bytea,
                created_at timestamptz NOT NULL,
                erased_at  timestamptz,
                PRIMARY KEY (network, key_id)
            );
            """;
        _insert = $"INSERT INTO {table} (network, key_id, key, created_at) VALUES (@network, @key_id, @key, @created_at)";
        _select = $"SELECT key FROM {table} WHERE network = @network AND key_id = @key_id AND erased_at IS NULL";
        _erase = $"UPDATE {table} SET key = NULL, erased_at = @erased_at WHERE network = @network AND key_id = @key_id AND erased_at IS NULL";
        _vacuum = $"VACUUM FULL {table}";
        _schemaGate = new PostgresSchemaGate(_dataSource, Schema, _createTable);
    }

    public string Schema { get; }

    public async Task CreateAsync(string network, string keyId, byte[] key, DateTimeOffset createdAt, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(_insert, network, keyId);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("created_at", createdAt);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<byte[]?> FindAsync(string network, string keyId, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(_select, network, keyId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
    }

    public async Task<bool> EraseAsync(string network, string keyId, DateTimeOffset erasedAt, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        int changed;
        await using (var command = Command(_erase, network, keyId))
        {
            command.Parameters.AddWithValue("erased_at", erasedAt);
            changed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await using (var vacuum = _dataSource.CreateCommand(_vacuum))
            await vacuum.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    private NpgsqlCommand Command(string sql, string network, string keyId)
    {
        var command = _dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("network", network);
        command.Parameters.AddWithValue("key_id", keyId);
        return command;
    }

    private Task EnsureTableAsync(CancellationToken cancellationToken) => _schemaGate.EnsureAsync(cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

}
