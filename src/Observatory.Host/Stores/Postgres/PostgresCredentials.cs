using Npgsql;
using Observatory.Host.Access;

namespace Observatory.Host.Stores.Postgres;

/// <summary>
/// Credentials in the server store's schema: key hashes only. The network leads the key, as on every table, because it
/// is the distribution column when networks are spread over servers; a key names its network, so a lookup hits one.
/// </summary>
public sealed class PostgresCredentials : ICredentialStore, IAsyncDisposable
{
    private const string Columns = "network, key_id, role, partner_id, created_at, revoked_at";

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _create, _insert, _selectByHash, _selectAll, _selectNetwork, _revoke;
    private readonly PostgresSchemaGate _schemaGate;

    public PostgresCredentials(string connectionString, string schema = "observatory")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        schema = PostgresSchemaName.Checked(schema);
        _dataSource = NpgsqlDataSource.Create(connectionString);
        // Only the validated schema name is spliced into the text; every value is a parameter.
        var table = $"\"{schema}\".credentials";
        _create = $"""
            SELECT pg_advisory_xact_lock(hashtextextended('observatory schema ' || @schema, 0));
            CREATE SCHEMA IF NOT EXISTS "{schema}";
            CREATE TABLE IF NOT EXISTS {table} (
                network    text COLLATE "C" NOT NULL,
                key_id     text COLLATE "C" NOT NULL,
                key_hash   text COLLATE "C" NOT NULL,
                role       text NOT NULL,
                partner_id text,
                created_at timestamptz NOT NULL,
                revoked_at timestamptz,
                PRIMARY KEY (network, key_id),
                UNIQUE (network, key_hash)
            );
            """;
        _insert = $"INSERT INTO {table} (network, key_id, key_hash, role, partner_id, created_at) VALUES (@network, @key_id, @key_hash, @role, @partner_id, @created_at)";
        _selectByHash = $"SELECT {Columns} FROM {table} WHERE network = @network AND key_hash = @key_hash";
        _selectAll = $"SELECT {Columns} FROM {table} ORDER BY network, created_at, key_id";
        _selectNetwork = $"SELECT {Columns} FROM {table} WHERE network = @network ORDER BY created_at, key_id";
        _revoke = $"UPDATE {table} SET revoked_at = @revoked_at WHERE network = @network AND key_id = @key_id AND revoked_at IS NULL";
        Schema = schema!;
        _schemaGate = new PostgresSchemaGate(_dataSource, Schema, _create);
    }

    public string Schema { get; }

    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) => _schemaGate.EnsureAsync(cancellationToken);

    public async Task AddAsync(Credential credential, string keyHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credential);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(_insert);
        command.Parameters.AddWithValue("network", credential.Network);
        command.Parameters.AddWithValue("key_id", credential.KeyId);
        command.Parameters.AddWithValue("key_hash", keyHash);
        command.Parameters.AddWithValue("role", credential.Role);
        command.Parameters.AddWithValue("partner_id", (object?)credential.PartnerId ?? DBNull.Value);
        command.Parameters.AddWithValue("created_at", credential.CreatedAt.UtcDateTime);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Credential?> FindAsync(string network, string keyHash, CancellationToken cancellationToken = default) =>
        (await QueryAsync(_selectByHash, c =>
        {
            c.Parameters.AddWithValue("network", network);
            c.Parameters.AddWithValue("key_hash", keyHash);
        }, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public Task<IReadOnlyList<Credential>> ListAsync(string? network, CancellationToken cancellationToken = default) =>
        QueryAsync(network is null ? _selectAll : _selectNetwork, c =>
        {
            if (network is not null) c.Parameters.AddWithValue("network", network);
        }, cancellationToken);

    public async Task<bool> RevokeAsync(string network, string keyId, DateTimeOffset revokedAt, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(_revoke);
        command.Parameters.AddWithValue("network", network);
        command.Parameters.AddWithValue("key_id", keyId);
        command.Parameters.AddWithValue("revoked_at", revokedAt.UtcDateTime);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private async Task<IReadOnlyList<Credential>> QueryAsync(string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(sql);
        bind(command);
        var list = new List<Credential>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            list.Add(new Credential(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                new DateTimeOffset(reader.GetDateTime(4), TimeSpan.Zero),
                reader.IsDBNull(5) ? null : new DateTimeOffset(reader.GetDateTime(5), TimeSpan.Zero)));
        return list;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

}
