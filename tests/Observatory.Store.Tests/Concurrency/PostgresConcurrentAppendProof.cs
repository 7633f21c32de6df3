using Observatory.Domain.EventStore;
using Observatory.Host.Stores.Postgres;
using Observatory.Store.Tests.Postgres;
using Xunit.Abstractions;

namespace Observatory.Store.Tests.Concurrency;

public sealed class PostgresConcurrentAppendProof(PostgresDatabaseFixture database, ITestOutputHelper output)
    : ConcurrentAppendProof(output), IClassFixture<PostgresDatabaseFixture>
{
    protected override string StoreName => $"PostgreSQL ({database.ConnectionString.Split(';').FirstOrDefault(p => p.StartsWith("Host", StringComparison.OrdinalIgnoreCase))})";

    protected override Task<IEventStore> CreateStoreAsync() =>
        Task.FromResult<IEventStore>(new PostgresEventStore(new PostgresStoreOptions
        {
            ConnectionString = database.ConnectionString,
            // Each proof in a schema of its own: the class's facts share one database.
            Schema = "proof_" + Guid.NewGuid().ToString("N")[..12],
        }));
}
