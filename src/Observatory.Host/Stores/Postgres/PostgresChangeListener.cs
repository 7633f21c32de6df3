using Npgsql;

namespace Observatory.Host.Stores.Postgres;

/// <summary>
/// One LISTEN connection per store, shared by every waiting reader. Appends NOTIFY right after their COMMIT, in the
/// same round trip, so a notification means a commit (one can be lost if a connection dies between the two; waiting
/// readers poll the head as well). When the connection drops, it reconnects with backoff and then wakes every waiter
/// to read its head again, because notifications sent while it was away are gone for good.
/// </summary>
internal sealed class PostgresChangeListener : IAsyncDisposable
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    private readonly string _connectionString;
    private readonly PostgresSql _sql;
    private readonly HeadSignals _signals;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _listening = NewListening();
    private Task? _loop;

    public PostgresChangeListener(string connectionString, PostgresSql sql, HeadSignals signals)
    {
        // Its own connection outside the pool: a pooled connection would be reset (UNLISTEN) and handed to others.
        // Keepalives make a silently dead link fail, so the loop reconnects instead of waiting forever.
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            KeepAlive = 15,
            ApplicationName = "observatory-listener",
        }.ConnectionString;
        _sql = sql;
        _signals = signals;
    }

    /// <summary>The backend process id of the listening session, for tests that cut it off.</summary>
    internal int? ListenerProcessId { get; private set; }

    /// <summary>Completes once LISTEN is in place; throws if the first attempt to connect failed.</summary>
    public Task EnsureListeningAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
            _loop ??= Task.Run(RunAsync);
        return _listening.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        var backoff = TimeSpan.FromMilliseconds(100);
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_connectionString);
                connection.Notification += OnNotification;
                await connection.OpenAsync(_stop.Token).ConfigureAwait(false);
                await using (var listen = new NpgsqlCommand(_sql.Listen, connection))
                    await listen.ExecuteNonQueryAsync(_stop.Token).ConfigureAwait(false);
                ListenerProcessId = connection.ProcessID;
                backoff = TimeSpan.FromMilliseconds(100);
                _listening.TrySetResult();
                _signals.SignalAll();
                while (true)
                    await connection.WaitAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or System.Net.Sockets.SocketException)
            {
                ListenerProcessId = null;
                lock (_gate)
                {
                    // The first failure reaches the callers (a wrong password should not look like silence);
                    // later ones only delay the next attempt, while readers keep polling the head when woken.
                    if (_listening.TrySetException(e))
                        _listening = NewListening();
                }
                _signals.SignalAll();
            }

            try
            {
                await Task.Delay(backoff, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        if (e.Channel == _sql.Channel && HeadNotification.TryParse(e.Payload, out var network, out var head))
            _signals.Signal(network, head);
    }

    private static TaskCompletionSource NewListening() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
            await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
