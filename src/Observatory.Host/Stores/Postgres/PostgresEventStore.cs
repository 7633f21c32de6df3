using Npgsql;
using Observatory.Domain.EventStore;
using Observatory.Domain.Recording;

namespace Observatory.Host.Stores.Postgres;

/// <summary>
/// The server event store. Appends to one network are serialised by a row lock on the network's head, held until
/// commit, so positions are gapless and in commit order: a reader that has seen position P has seen every event
/// at or below P, forever. Networks do not wait for each other.
/// </summary>
public sealed class PostgresEventStore : IEventStore, IRecordedEventReader, IEventStoreTestHooks, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresSql _sql;
    private readonly PostgresAppender _appender;
    private readonly HeadSignals _signals = new();
    private readonly PostgresChangeListener _listener;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private readonly TimeSpan _headPollInterval;
    private volatile bool _schemaReady;

    public PostgresEventStore(PostgresStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString);
        _sql = new PostgresSql(options.Schema);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.HeadPollInterval, TimeSpan.Zero);
        _headPollInterval = options.HeadPollInterval;
        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        // Statements are few and repeated: let Npgsql prepare them after their second use.
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
            builder.ConnectionStringBuilder.MaxAutoPrepare = 32;
        // The store keeps no session state on pooled connections (no SET, no LISTEN, no session locks; an open
        // transaction is still rolled back on return), so the reset round of statements Npgsql runs on every reuse
        // is pure cost: about 10 % of the CPU of a single-event append.
        builder.ConnectionStringBuilder.NoResetOnClose = true;
        _dataSource = builder.Build();
        _appender = new PostgresAppender(_dataSource, _sql);
        _listener = new PostgresChangeListener(options.ConnectionString, _sql, _signals);
    }

    public string Schema => _sql.Schema;

    internal int? ListenerProcessId => _listener.ListenerProcessId;

    /// <summary>Creates the schema and tables when missing; safe to call any number of times, from any number of processes.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        if (_schemaReady)
            return;
        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady)
                return;
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (var exists = new NpgsqlCommand(_sql.SchemaExists, connection))
            {
                if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
                {
                    _schemaReady = true;
                    return;
                }
            }
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var command = new NpgsqlCommand(_sql.CreateSchema, connection, transaction))
            {
                command.Parameters.AddWithValue("schema", _sql.Schema);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
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
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var plan = await _appender.AppendAsync(request, beforeCommit, cancellationToken).ConfigureAwait(false);
        return plan.Result;
    }

    public IAsyncEnumerable<StoredEvent> ReadStreamAsync(string network, string stream, long fromVersion = 1, CancellationToken cancellationToken = default) =>
        StreamPages.ReadAsync(network, stream, fromVersion, (next, ct) => QueryEventsAsync(network, _sql.ReadStream, command =>
        {
            command.Parameters.AddWithValue("stream", stream);
            command.Parameters.AddWithValue("from", next);
            command.Parameters.AddWithValue("up_to", LastOfPage(next - 1, StreamPages.PageSize));
        }, ct), cancellationToken);

    public async Task<IReadOnlyList<StoredEvent>> ReadAllAsync(string network, long afterPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        AppendRules.CheckNetwork(network);
        ArgumentOutOfRangeException.ThrowIfNegative(afterPosition);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        return await QueryEventsAsync(network, _sql.ReadAll, command =>
        {
            command.Parameters.AddWithValue("after", afterPosition);
            command.Parameters.AddWithValue("up_to", LastOfPage(afterPosition, maxCount));
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RecordedEvent>> ReadRecordedAsync(string network, long afterPosition, int maxCount,
        CancellationToken cancellationToken = default)
    {
        AppendRules.CheckNetwork(network);
        ArgumentOutOfRangeException.ThrowIfNegative(afterPosition);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(_sql.ReadRecorded);
        command.Parameters.AddWithValue("network", network);
        command.Parameters.AddWithValue("after", afterPosition);
        command.Parameters.AddWithValue("up_to", LastOfPage(afterPosition, maxCount));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<RecordedEvent>();
        var data = new PostgresValues.JsonbBuffer();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            events.Add(PostgresValues.ToRecordedEvent(reader, data));
        return events;
    }

    public async Task<long> ReadHeadAsync(string network, CancellationToken cancellationToken = default)
    {
        AppendRules.CheckNetwork(network);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(_sql.SelectHead);
        command.Parameters.AddWithValue("network", network);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long head ? head : 0L;
    }

    public async Task WaitForEventsAsync(string network, long afterPosition, CancellationToken cancellationToken = default)
    {
        AppendRules.CheckNetwork(network);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        // LISTEN must be in place before the first head check, or a commit between the two would go unnoticed.
        await _listener.EnsureListeningAsync(cancellationToken).ConfigureAwait(false);
        // Notifications wake readers at once; the poll covers one lost between an append's COMMIT and its NOTIFY.
        await _signals.WaitPastAsync(network, afterPosition, ct => ReadHeadAsync(network, ct), cancellationToken, _headPollInterval)
            .ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<string>> ListNetworksAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(_sql.ListNetworks);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var networks = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            networks.Add(reader.GetString(0));
        return networks;
    }

    private static long LastOfPage(long after, int count) => after > long.MaxValue - count ? long.MaxValue : after + count;

    private async Task<List<StoredEvent>> QueryEventsAsync(
        string network, string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("network", network);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<StoredEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            events.Add(PostgresValues.ToStoredEvent(network, reader));
        return events;
    }

    public async ValueTask DisposeAsync()
    {
        await _listener.DisposeAsync().ConfigureAwait(false);
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        _schemaGate.Dispose();
    }
}
