using Microsoft.Data.Sqlite;

namespace Observatory.Host.Stores.Sqlite;

/// <summary>
/// Wakes waiting readers when another process commits to the file. The store signals its own commits at once;
/// this cheap poll of PRAGMA data_version (it changes whenever any other connection commits) covers the rest,
/// and only runs its query while someone is waiting.
/// </summary>
internal sealed class SqliteChangeWatcher(string connectionString, TimeSpan interval, HeadSignals signals) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private long? _lastVersion;
    private bool _resync;
    private Task? _loop;

    /// <summary>
    /// Takes the first data_version reading before returning, so that it predates the waiter's head check:
    /// a commit after that check always shows up as a change on a later tick.
    /// </summary>
    public void EnsureStarted()
    {
        lock (_gate)
        {
            if (_loop is not null)
                return;
            Poll();
            _loop = Task.Run(RunAsync);
        }
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                if (!signals.HasWaiters)
                    continue;
                lock (_gate)
                    Poll();
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        finally
        {
            lock (_gate)
                _connection?.Dispose();
        }
    }

    private void Poll()
    {
        try
        {
            if (_connection is null)
            {
                _connection = new SqliteConnection(connectionString);
                _connection.Open();
            }
            using var command = _connection.CreateCommand();
            command.CommandText = SqliteSql.DataVersion;
            var version = (long)command.ExecuteScalar()!;
            if ((_lastVersion is not null && version != _lastVersion) || _resync)
                signals.SignalAll();
            _lastVersion = version;
            _resync = false;
        }
        catch (SqliteException)
        {
            // A locked or briefly unavailable file: start over with a fresh connection on the next tick, and let
            // every waiter read its head again, since a change may have slipped past while we could not look.
            _connection?.Dispose();
            _connection = null;
            _lastVersion = null;
            _resync = true;
            signals.SignalAll();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
            await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
