using Npgsql;
using NpgsqlTypes;
using Observatory.Host.Projections;

namespace Observatory.Host.Stores.Postgres;

/// <summary>
/// Read models in the server store's schema. A commit is two round trips: every write of the batch in one
/// NpgsqlBatch (the BEGIN travels with it), then COMMIT once each write has hit exactly its expected revision.
/// </summary>
public sealed class PostgresReadModelStore : IReadModelStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresReadModelSql _sql;
    private readonly PostgresSchemaGate _schemaGate;

    public PostgresReadModelStore(PostgresStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString);
        _sql = new PostgresReadModelSql(options.Schema);
        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
            builder.ConnectionStringBuilder.MaxAutoPrepare = 16;
        _dataSource = builder.Build();
        _schemaGate = new PostgresSchemaGate(_dataSource, _sql.Schema, _sql.CreateSchema, _sql.SchemaExists);
    }

    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) => _schemaGate.EnsureAsync(cancellationToken);

    public async Task<ReadModelDocument?> LoadAsync(ReadModelKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return await QuerySingleAsync(_sql.Select, command => BindKey(command.Parameters, key), cancellationToken).ConfigureAwait(false);
    }

    public async Task<ReadModelDocument?> LoadLiveAsync(string network, string projection, CancellationToken cancellationToken = default) =>
        await QuerySingleAsync(_sql.SelectLive, command =>
        {
            command.Parameters.AddWithValue("network", network);
            command.Parameters.AddWithValue("projection", projection);
        }, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<LiveHeader>> ReadLiveHeadersAsync(string network, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(_sql.SelectLiveHeaders);
        command.Parameters.AddWithValue("network", network);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var headers = new List<LiveHeader>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            headers.Add(new LiveHeader(reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2), reader.GetInt64(3),
                new DateTimeOffset(reader.GetFieldValue<DateTime>(4))));
        return headers;
    }

    public async Task<IReadOnlyList<ParkedEvent>> ReadParkedAsync(ReadModelKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(_sql.SelectParked);
        BindKey(command.Parameters, key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var parked = new List<ParkedEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            parked.Add(new ParkedEvent(reader.GetInt64(0), reader.GetString(1), reader.GetGuid(2), reader.GetString(3),
                new DateTimeOffset(reader.GetFieldValue<DateTime>(4))));
        return parked;
    }

    public async Task CommitAsync(IReadOnlyList<ReadModelWrite> writes, Func<CancellationToken, Task>? beforeCommit = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0)
            return;
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);
        var checks = new List<(NpgsqlBatchCommand Command, ReadModelWrite Write)>();
        foreach (var write in writes)
        {
            ReadModelWrites.CheckDocument(write);
            if (write.GoesLive)
                batch.BatchCommands.Add(Command(_sql.RetireOthers, write.Key));
            var upsert = Command(write.ExpectedRevision == 0 ? _sql.Insert : write.Document is null ? _sql.Advance : _sql.Update, write.Key);
            upsert.Parameters.AddWithValue("status", ReadModelStatuses.ToText(write.Status));
            upsert.Parameters.AddWithValue("checkpoint", write.Checkpoint);
            if (write.Document is not null)
                upsert.Parameters.Add(new NpgsqlParameter<string>("document", NpgsqlDbType.Json) { TypedValue = write.Document });
            if (write.ExpectedRevision != 0)
                upsert.Parameters.AddWithValue("expected", write.ExpectedRevision);
            batch.BatchCommands.Add(upsert);
            checks.Add((upsert, write));
            if (write.Parked.Count > 0)
                batch.BatchCommands.Add(ParkCommand(write));
            if (write.Unparked.Count > 0)
            {
                var unpark = Command(_sql.Unpark, write.Key);
                unpark.Parameters.Add(new NpgsqlParameter<long[]>("positions", [.. write.Unparked]));
                batch.BatchCommands.Add(unpark);
            }
        }
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        // Disposing the transaction without COMMIT rolls every write back.
        foreach (var (command, write) in checks)
            if (command.RecordsAffected != 1)
                throw new ReadModelConflictException(write.Key, write.ExpectedRevision);
        if (beforeCommit is not null)
            await beforeCommit(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private NpgsqlBatchCommand ParkCommand(ReadModelWrite write)
    {
        var command = Command(_sql.Park, write.Key);
        var parked = write.Parked;
        command.Parameters.Add(new NpgsqlParameter<long[]>("positions", [.. parked.Select(p => p.Position)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("streams", [.. parked.Select(p => p.Stream)]));
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("event_ids", [.. parked.Select(p => p.EventId)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("errors", [.. parked.Select(p => p.Error)]));
        command.Parameters.Add(new NpgsqlParameter<DateTime[]>("parked_at", [.. parked.Select(p => p.ParkedAt.UtcDateTime)]));
        return command;
    }

    private static NpgsqlBatchCommand Command(string sql, ReadModelKey key)
    {
        var command = new NpgsqlBatchCommand(sql);
        BindKey(command.Parameters, key);
        return command;
    }

    private static void BindKey(NpgsqlParameterCollection parameters, ReadModelKey key)
    {
        parameters.AddWithValue("network", key.Network);
        parameters.AddWithValue("projection", key.Projection);
        parameters.AddWithValue("version", key.Version);
    }

    private async Task<ReadModelDocument?> QuerySingleAsync(string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            return null;
        return new ReadModelDocument(
            new ReadModelKey(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)),
            ReadModelStatuses.Parse(reader.GetString(3)), reader.GetInt64(4), reader.GetInt64(5), reader.GetString(6),
            new DateTimeOffset(reader.GetFieldValue<DateTime>(7)));
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
