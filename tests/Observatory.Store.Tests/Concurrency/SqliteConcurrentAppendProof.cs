using Observatory.Domain.EventStore;
using Observatory.Host.Stores.Sqlite;
using Observatory.Store.Tests.Sqlite;
using Xunit.Abstractions;

namespace Observatory.Store.Tests.Concurrency;

public sealed class SqliteConcurrentAppendProof(ITestOutputHelper output) : ConcurrentAppendProof(output), IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    protected override string StoreName => "SQLite (WAL, synchronous=FULL)";

    protected override Task<IEventStore> CreateStoreAsync() =>
        Task.FromResult<IEventStore>(new SqliteEventStore(new SqliteStoreOptions { DatabasePath = _directory.File("proof.db") }));

    public void Dispose() => _directory.Dispose();
}
