using Npgsql;
using Observatory.Host.Publishing;

namespace Observatory.Host.Stores.Postgres;

/// <summary>
/// Subscription checkpoints in the server store's schema, beside the events they point into. The network leads
/// the key, as on every table, because it is the distribution column when networks are spread over servers.
/// </summary>
public sealed class PostgresPublisherCheckpoints : IPublisherCheckpoints, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;
    private readonly string _createTable;
    private readonly string _select;
    private readonly string _upsert;
    private readonly PostgresSchemaGate _schemaGate;

    /// <param name="connectionString">The store's connection string (<c>PostgresStoreOptions.ConnectionString</c>).</param>
    /// <param name="schema">The store's schema (<c>PostgresStoreOptions.Schema</c>).</param>
    public PostgresPublisherCheckpoints(string connectionString, string schema = "observatory", TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        schema = PostgresSchemaName.Checked(schema);
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _time = time ?? TimeProvider.System;

        // Only the validated schema name is spliced into the text; every value is a parameter.
        var table = $"\"{schema}\".subscription_checkpoints";
        _createTable = $"""
            SELECT pg_advisory_xact_lock(hashtextextended('observatory schema ' || @schema, 0));
            CREATE SCHEMA IF NOT EXISTS "{schema}";
            CREATE TABLE IF NOT EXISTS {table} (
                network      text COLLATE "C" NOT NULL,
                subscription text COLLATE "C" NOT NULL,
                position     bigint      NOT NULL,
                updated_at   timestamptz NOT NULL,
                PRIMARY KEY (network, subscription)
            );
            """;
        _select = $"SELECT position FROM {table} WHERE network = @network AND subscription = @subscription";
        _upsert = $"""
            INSERT INTO {table} (network, subscription, position, updated_at)
            VALUES (@network, @subscription, @position, @updated_at)
            ON CONFLICT (network, subscription) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at
            """;
        Schema = schema!;
        _schemaGate = new PostgresSchemaGate(_dataSource, Schema, _createTable);
    }

    public string Schema { get; }

    public async Task<long> ReadAsync(string network, string subscription, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(_select);
        command.Parameters.AddWithValue("network", network);
        command.Parameters.AddWithValue("subscription", subscription);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long position ? position : 0L;
    }

    public async Task SaveAsync(string network, string subscription, long position, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(_upsert);
        command.Parameters.AddWithValue("network", network);
        command.Parameters.AddWithValue("subscription", subscription);
        command.Parameters.AddWithValue("position", position);
        command.Parameters.AddWithValue("updated_at", _time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task EnsureTableAsync(CancellationToken cancellationToken) => _schemaGate.EnsureAsync(cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

}
