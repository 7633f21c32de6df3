using Microsoft.Data.Sqlite;
using Observatory.Host.Projections;

namespace Observatory.Host.Stores.Sqlite;

/// <summary>
/// Read models in the embedded store's file. Commits go through one long-lived connection, one at a time, with
/// BEGIN IMMEDIATE, so the revision checks and the writes see the same file; reads use pooled connections.
/// </summary>
public sealed class SqliteReadModelStore : IReadModelStore, IAsyncDisposable
{
    private readonly SqliteStoreOptions _options;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private SqliteConnection? _writer;
    private bool _disposed;

    public SqliteReadModelStore(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _connectionString = options.ConnectionString();
    }

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Writer();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<ReadModelDocument?> LoadAsync(ReadModelKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return await QuerySingleAsync(SqliteReadModelSql.Select, command => BindKey(command, key), cancellationToken).ConfigureAwait(false);
    }

    public async Task<ReadModelDocument?> LoadLiveAsync(string network, string projection, CancellationToken cancellationToken = default) =>
        await QuerySingleAsync(SqliteReadModelSql.SelectLive, command =>
        {
            command.Parameters.AddWithValue("$network", network);
            command.Parameters.AddWithValue("$projection", projection);
        }, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<LiveHeader>> ReadLiveHeadersAsync(string network, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteReadModelSql.SelectLiveHeaders;
        command.Parameters.AddWithValue("$network", network);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var headers = new List<LiveHeader>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            headers.Add(new LiveHeader(reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2), reader.GetInt64(3),
                StoreClock.FromUnixMicroseconds(reader.GetInt64(4))));
        return headers;
    }

    public async Task<IReadOnlyList<ParkedEvent>> ReadParkedAsync(ReadModelKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteReadModelSql.SelectParked;
        BindKey(command, key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var parked = new List<ParkedEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            parked.Add(new ParkedEvent(reader.GetInt64(0), reader.GetString(1), SqliteValues.ToGuid(reader, 2),
                reader.GetString(3), StoreClock.FromUnixMicroseconds(reader.GetInt64(4))));
        return parked;
    }

    public async Task CommitAsync(IReadOnlyList<ReadModelWrite> writes, Func<CancellationToken, Task>? beforeCommit = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = Writer();
            // IMMEDIATE takes the file's write lock now: the revision checks below cannot be overtaken before COMMIT.
            using var transaction = connection.BeginTransaction(deferred: false);
            var now = StoreClock.ToUnixMicroseconds(_options.TimeProvider.GetUtcNow());
            foreach (var write in writes)
                Write(connection, transaction, write, now);
            if (beforeCommit is not null)
                await beforeCommit(cancellationToken).ConfigureAwait(false);
            transaction.Commit();
        }
        catch (SqliteException)
        {
            // The connection may be unusable (I/O error, file replaced); the next commit opens a fresh one.
            _writer?.Dispose();
            _writer = null;
            throw;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static void Write(SqliteConnection connection, SqliteTransaction transaction, ReadModelWrite write, long now)
    {
        var key = write.Key;
        ReadModelWrites.CheckDocument(write);
        if (write.GoesLive)
            Execute(connection, transaction, SqliteReadModelSql.RetireOthers, c => { BindKey(c, key); c.Parameters.AddWithValue("$updated_at", now); });

        var changed = Execute(connection, transaction, write.ExpectedRevision == 0 ? SqliteReadModelSql.Insert
            : write.Document is null ? SqliteReadModelSql.Advance : SqliteReadModelSql.Update, c =>
        {
            BindKey(c, key);
            c.Parameters.AddWithValue("$status", ReadModelStatuses.ToText(write.Status));
            c.Parameters.AddWithValue("$checkpoint", write.Checkpoint);
            if (write.Document is not null)
                c.Parameters.AddWithValue("$document", write.Document);
            c.Parameters.AddWithValue("$updated_at", now);
            c.Parameters.AddWithValue("$expected", write.ExpectedRevision);
        });
        if (changed != 1)
            throw new ReadModelConflictException(key, write.ExpectedRevision);

        foreach (var parked in write.Parked)
            Execute(connection, transaction, SqliteReadModelSql.Park, c =>
            {
                BindKey(c, key);
                c.Parameters.AddWithValue("$position", parked.Position);
                c.Parameters.AddWithValue("$stream", parked.Stream);
                c.Parameters.AddWithValue("$event_id", SqliteValues.FromGuid(parked.EventId));
                c.Parameters.AddWithValue("$error", parked.Error);
                c.Parameters.AddWithValue("$parked_at", StoreClock.ToUnixMicroseconds(parked.ParkedAt));
            });
        foreach (var position in write.Unparked)
            Execute(connection, transaction, SqliteReadModelSql.Unpark, c => { BindKey(c, key); c.Parameters.AddWithValue("$position", position); });
    }

    private static int Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, Action<SqliteCommand> bind)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        bind(command);
        return command.ExecuteNonQuery();
    }

    private static void BindKey(SqliteCommand command, ReadModelKey key)
    {
        command.Parameters.AddWithValue("$network", key.Network);
        command.Parameters.AddWithValue("$projection", key.Projection);
        command.Parameters.AddWithValue("$version", key.Version);
    }

    private async Task<ReadModelDocument?> QuerySingleAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            return null;
        return new ReadModelDocument(
            new ReadModelKey(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)),
            ReadModelStatuses.Parse(reader.GetString(3)), reader.GetInt64(4), reader.GetInt64(5), reader.GetString(6),
            StoreClock.FromUnixMicroseconds(reader.GetInt64(7)));
    }

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_writer is null)
            await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    // Called with the write lock held; opening the writer creates the tables.
    private SqliteConnection Writer()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_writer is not null)
            return _writer;
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = SqliteReadModelSql.Pragmas + SqliteReadModelSql.Synchronous(_options.Synchronous) + SqliteReadModelSql.CreateSchema;
            command.ExecuteNonQuery();
        }
        return _writer = connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            _writer?.Dispose();
            _writer = null;
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
