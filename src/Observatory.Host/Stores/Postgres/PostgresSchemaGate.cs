using Npgsql;

namespace Observatory.Host.Stores.Postgres;

/// <summary>
/// Creates a feature's tables once per store instance, however many callers race for them. The creating script takes
/// an advisory lock on the schema name (parameter <c>@schema</c>), so several processes may run it at once safely;
/// an optional cheap existence query skips the lock when the tables are already there.
/// </summary>
internal sealed class PostgresSchemaGate(NpgsqlDataSource dataSource, string schema, string createSql, string? existsSql = null)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_ready)
            return;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
                return;
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            if (existsSql is not null)
            {
                await using var exists = new NpgsqlCommand(existsSql, connection);
                if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
                {
                    _ready = true;
                    return;
                }
            }
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var command = new NpgsqlCommand(createSql, connection, transaction))
            {
                command.Parameters.AddWithValue("schema", schema);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _ready = true;
        }
        finally
        {
            _gate.Release();
        }
    }
}
