using Observatory.Domain.EventStore;
using Observatory.Host.Stores.Postgres;
using Observatory.Store.Tests.Contract;

namespace Observatory.Store.Tests.Postgres;

/// <summary>The contract on a real PostgreSQL server: a database for the class, a schema the store creates per test.</summary>
public sealed class PostgresEventStoreContract(PostgresDatabaseFixture database) : EventStoreContract, IClassFixture<PostgresDatabaseFixture>
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N")[..12];

    protected override Task<IEventStore> OpenStoreAsync() =>
        Task.FromResult<IEventStore>(new PostgresEventStore(new PostgresStoreOptions
        {
            ConnectionString = database.ConnectionString,
            Schema = _schema,
        }));
}
