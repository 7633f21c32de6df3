using Observatory.Domain.EventStore;
using Observatory.Host.Projections;
using Observatory.Host.Stores.Postgres;
using Observatory.Host.Stores.Sqlite;

namespace Observatory.Host.Tests.Daemon;

/// <summary>
/// One database for one test. <see cref="Open"/> returns new store instances over it each time, so a "restart"
/// can start from nothing but what the database holds.
/// </summary>
public abstract class DaemonBackend : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _opened = [];

    public (IEventStore Events, IReadModelStore ReadModels) Open()
    {
        var (events, readModels) = Create();
        _opened.Add((IAsyncDisposable)events);
        _opened.Add((IAsyncDisposable)readModels);
        return (events, readModels);
    }

    protected abstract (IEventStore, IReadModelStore) Create();

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var opened in _opened)
            await opened.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteBackend : DaemonBackend
{
    private readonly TempDirectory _directory = new();

    protected override (IEventStore, IReadModelStore) Create()
    {
        // NORMAL keeps the tests fast; durability against power loss is not what they prove.
        var options = new SqliteStoreOptions { DatabasePath = _directory.File("observatory.db"), Synchronous = SqliteSynchronous.Normal };
        return (new SqliteEventStore(options), new SqliteReadModelStore(options));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _directory.Dispose();
    }
}

/// <summary>A schema per test inside the class's database, so the tests of a class stay apart.</summary>
public sealed class PostgresBackend(string connectionString) : DaemonBackend
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N")[..12];

    public string Schema => _schema;

    protected override (IEventStore, IReadModelStore) Create()
    {
        var options = new PostgresStoreOptions { ConnectionString = connectionString, Schema = _schema };
        return (new PostgresEventStore(options), new PostgresReadModelStore(options));
    }
}
