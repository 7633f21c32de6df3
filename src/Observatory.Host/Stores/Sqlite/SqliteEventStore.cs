using Microsoft.Data.Sqlite;
using Observatory.Domain.EventStore;

namespace Observatory.Host.Stores.Sqlite;

/// <summary>
/// The embedded event store: one SQLite file in WAL mode. Appends go through one long-lived writer connection,
/// one at a time, so positions are gapless and in commit order without further effort; readers use pooled
/// connections and never block the writer.
/// </summary>
public sealed class SqliteEventStore : IEventStore, IEventStoreTestHooks, IAsyncDisposable
{

    private readonly SqliteStoreOptions _options;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly HeadSignals _signals = new();
    private readonly SqliteChangeWatcher _watcher;
    private SqliteWriter? _writer;
    private bool _disposed;

    public SqliteEventStore(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _connectionString = options.ConnectionString();
        _watcher = new SqliteChangeWatcher(_connectionString, options.ChangePollInterval, _signals);
    }

    public string DatabasePath => Path.GetFullPath(_options.DatabasePath);

    /// <summary>Creates the file and its tables when missing; safe to call any number of times.</summary>
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

    public Task<AppendResult> AppendAsync(string network, IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken = default) =>
        AppendAsync(network, appends, expectedHead: null, beforeCommit: null, cancellationToken);

    public Task<AppendResult> AppendAsync(string network, IReadOnlyList<StreamAppend> appends, long expectedHead,
        CancellationToken cancellationToken = default) =>
        AppendAsync(network, appends, expectedHead, beforeCommit: null, cancellationToken);

    async Task<AppendResult> IEventStoreTestHooks.AppendAsync(
        string network, IReadOnlyList<StreamAppend> appends, Func<CancellationToken, Task>? beforeCommit, CancellationToken cancellationToken) =>
        await AppendAsync(network, appends, expectedHead: null, beforeCommit, cancellationToken).ConfigureAwait(false);

    private async Task<AppendResult> AppendAsync(string network, IReadOnlyList<StreamAppend> appends, long? expectedHead,
        Func<CancellationToken, Task>? beforeCommit, CancellationToken cancellationToken)
    {
        var request = PreparedAppend.From(network, appends, expectedHead);
        AppendPlan plan;
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            plan = await Writer().AppendAsync(request, _options.TimeProvider, beforeCommit, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException)
        {
            // The connection may be unusable (I/O error, file replaced); the next append opens a fresh one.
            _writer?.Dispose();
            _writer = null;
            throw;
        }
        finally
        {
            _writeLock.Release();
        }

        if (plan.NewEvents.Count > 0)
            _signals.Signal(network, plan.NewHead);
        return plan.Result;
    }

    public IAsyncEnumerable<StoredEvent> ReadStreamAsync(string network, string stream, long fromVersion = 1, CancellationToken cancellationToken = default) =>
        StreamPages.ReadAsync(network, stream, fromVersion, (next, ct) => QueryEventsAsync(network, SqliteSql.ReadStream, command =>
        {
            command.Parameters.AddWithValue("$stream", stream);
            command.Parameters.AddWithValue("$from", next);
            command.Parameters.AddWithValue("$limit", StreamPages.PageSize);
        }, ct), cancellationToken);

    public async Task<IReadOnlyList<StoredEvent>> ReadAllAsync(string network, long afterPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        AppendRules.CheckNetwork(network);
        ArgumentOutOfRangeException.ThrowIfNegative(afterPosition);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        return await QueryEventsAsync(network, SqliteSql.ReadAll, command =>
        {
            command.Parameters.AddWithValue("$after", afterPosition);
            command.Parameters.AddWithValue("$limit", maxCount);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> ReadHeadAsync(string network, CancellationToken cancellationToken = default)
    {
        AppendRules.CheckNetwork(network);
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteSql.SelectHead;
        command.Parameters.AddWithValue("$network", network);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long head ? head : 0L;
    }

    public Task WaitForEventsAsync(string network, long afterPosition, CancellationToken cancellationToken = default)
    {
        AppendRules.CheckNetwork(network);
        _watcher.EnsureStarted();
        return _signals.WaitPastAsync(network, afterPosition, ct => ReadHeadAsync(network, ct), cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListNetworksAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteSql.ListNetworks;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var networks = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            networks.Add(reader.GetString(0));
        return networks;
    }

    private async Task<List<StoredEvent>> QueryEventsAsync(
        string network, string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$network", network);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<StoredEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            events.Add(SqliteValues.ToStoredEvent(network, reader));
        return events;
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

    // Called with the write lock held.
    private SqliteWriter Writer()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writer ??= new SqliteWriter(_connectionString, _options.Synchronous);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        await _watcher.DisposeAsync().ConfigureAwait(false);
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
        // Pooled reader connections would keep the file open after the store is gone.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
