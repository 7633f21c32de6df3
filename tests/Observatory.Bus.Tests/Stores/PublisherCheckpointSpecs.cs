using Observatory.Bus.Tests.Infrastructure;
using Observatory.Host.Publishing;
using Observatory.Host.Stores.Postgres;
using Observatory.Host.Stores.Sqlite;
using Observatory.Store.Tests.Postgres;

namespace Observatory.Bus.Tests.Stores;

/// <summary>The checkpoint table behaves the same in both stores: per network, per subscription, starting at 0.</summary>
public sealed class PublisherCheckpointSpecs(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Sqlite_checkpoints_start_at_zero_and_keep_the_last_position_per_network_and_subscription()
    {
        await using var log = new SqliteLog();
        await log.AppendAsync(SampleEvents.Founding());
        await AssertCheckpointsAsync(log.Checkpoints);
        Assert.Equal(7, await new SqlitePublisherCheckpoints(log.Store.DatabasePath).ReadAsync("bytow", "bus-publisher"));
    }

    [Fact]
    public async Task Postgres_checkpoints_start_at_zero_and_keep_the_last_position_per_network_and_subscription()
    {
        await using var checkpoints = new PostgresPublisherCheckpoints(database.ConnectionString, "checkpoints");
        await AssertCheckpointsAsync(checkpoints);
        await using var reopened = new PostgresPublisherCheckpoints(database.ConnectionString, "checkpoints");
        Assert.Equal(7, await reopened.ReadAsync("bytow", "bus-publisher"));
    }

    private static async Task AssertCheckpointsAsync(IPublisherCheckpoints checkpoints)
    {
        Assert.Equal(0, await checkpoints.ReadAsync("bytow", "bus-publisher"));
        await checkpoints.SaveAsync("bytow", "bus-publisher", 5);
        await checkpoints.SaveAsync("bytow", "bus-publisher", 7);
        await checkpoints.SaveAsync("bytow", "other-exchange", 2);
        await checkpoints.SaveAsync("taurage", "bus-publisher", 11);
        Assert.Equal(7, await checkpoints.ReadAsync("bytow", "bus-publisher"));
        Assert.Equal(2, await checkpoints.ReadAsync("bytow", "other-exchange"));
        Assert.Equal(11, await checkpoints.ReadAsync("taurage", "bus-publisher"));
    }
}
