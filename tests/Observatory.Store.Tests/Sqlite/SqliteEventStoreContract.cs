using Observatory.Domain.EventStore;
using Observatory.Host.Stores.Sqlite;
using Observatory.Store.Tests.Contract;

namespace Observatory.Store.Tests.Sqlite;

/// <summary>The contract on a real SQLite file, a fresh one per test (in a directory the store has to create).</summary>
public sealed class SqliteEventStoreContract : EventStoreContract
{
    private readonly TemporaryDirectory _directory = new();

    protected override Task<IEventStore> OpenStoreAsync() =>
        Task.FromResult<IEventStore>(new SqliteEventStore(new SqliteStoreOptions
        {
            DatabasePath = _directory.File(Path.Combine("data", "observatory.db")),
            ChangePollInterval = TimeSpan.FromMilliseconds(50),
        }));

    protected override Task DisposeStorageAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}
