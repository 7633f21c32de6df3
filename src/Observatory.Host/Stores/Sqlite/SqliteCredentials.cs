using Microsoft.Data.Sqlite;
using Observatory.Host.Access;

namespace Observatory.Host.Stores.Sqlite;

/// <summary>Credentials in the embedded store's own file: key hashes only, network first in the key as on every table.</summary>
public sealed class SqliteCredentials : ICredentialStore
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS credentials (
            network    TEXT    NOT NULL,
            key_id     TEXT    NOT NULL,
            key_hash   TEXT    NOT NULL,
            role       TEXT    NOT NULL,
            partner_id TEXT,
            created_at INTEGER NOT NULL,
            revoked_at INTEGER,
            PRIMARY KEY (network, key_id)
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX IF NOT EXISTS credentials_by_hash ON credentials (network, key_hash);
        """;

    private const string Columns = "network, key_id, role, partner_id, created_at, revoked_at";

    private const string Insert = """
        INSERT INTO credentials (network, key_id, key_hash, role, partner_id, created_at)
        VALUES ($network, $key_id, $key_hash, $role, $partner_id, $created_at);
        """;

    private const string SelectByHash = $"SELECT {Columns} FROM credentials WHERE network = $network AND key_hash = $key_hash;";
    private const string SelectAll = $"SELECT {Columns} FROM credentials ORDER BY network, created_at, key_id;";
    private const string SelectNetwork = $"SELECT {Columns} FROM credentials WHERE network = $network ORDER BY created_at, key_id;";

    private const string Revoke = """
        UPDATE credentials SET revoked_at = $revoked_at WHERE network = $network AND key_id = $key_id AND revoked_at IS NULL;
        """;

    private readonly SqliteFeatureTables _tables;

    public SqliteCredentials(string databasePath)
    {
        _tables = new SqliteFeatureTables(databasePath, CreateTable);
    }

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task AddAsync(Credential credential, string keyHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credential);
        await using var command = await CommandAsync(Insert, cancellationToken).ConfigureAwait(false);
        command.Parameters.AddWithValue("$network", credential.Network);
        command.Parameters.AddWithValue("$key_id", credential.KeyId);
        command.Parameters.AddWithValue("$key_hash", keyHash);
        command.Parameters.AddWithValue("$role", credential.Role);
        command.Parameters.AddWithValue("$partner_id", (object?)credential.PartnerId ?? DBNull.Value);
        command.Parameters.AddWithValue("$created_at", credential.CreatedAt.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await command.Connection!.DisposeAsync().ConfigureAwait(false);
    }

    public async Task<Credential?> FindAsync(string network, string keyHash, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync(SelectByHash, c =>
        {
            c.Parameters.AddWithValue("$network", network);
            c.Parameters.AddWithValue("$key_hash", keyHash);
        }, cancellationToken).ConfigureAwait(false);
        return found.FirstOrDefault();
    }

    public Task<IReadOnlyList<Credential>> ListAsync(string? network, CancellationToken cancellationToken = default) =>
        QueryAsync(network is null ? SelectAll : SelectNetwork, c =>
        {
            if (network is not null) c.Parameters.AddWithValue("$network", network);
        }, cancellationToken);

    public async Task<bool> RevokeAsync(string network, string keyId, DateTimeOffset revokedAt, CancellationToken cancellationToken = default)
    {
        await using var command = await CommandAsync(Revoke, cancellationToken).ConfigureAwait(false);
        command.Parameters.AddWithValue("$network", network);
        command.Parameters.AddWithValue("$key_id", keyId);
        command.Parameters.AddWithValue("$revoked_at", revokedAt.ToUnixTimeMilliseconds());
        var changed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await command.Connection!.DisposeAsync().ConfigureAwait(false);
        return changed == 1;
    }

    private async Task<IReadOnlyList<Credential>> QueryAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(sql, cancellationToken).ConfigureAwait(false);
        bind(command);
        var list = new List<Credential>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                list.Add(new Credential(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
                    reader.IsDBNull(5) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5))));
        }
        await command.Connection!.DisposeAsync().ConfigureAwait(false);
        return list;
    }

    private async Task<SqliteCommand> CommandAsync(string sql, CancellationToken cancellationToken)
    {
        var connection = await _tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
