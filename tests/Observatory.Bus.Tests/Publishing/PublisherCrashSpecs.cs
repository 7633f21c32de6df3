using Observatory.Bus.Tests.Infrastructure;
using Observatory.Host.Log;
using Observatory.Host.Publishing;
using Observatory.Host.Stores.Postgres;
using Observatory.Store.Tests.Postgres;

namespace Observatory.Bus.Tests.Publishing;

/// <summary>
/// The publisher dies between the broker's confirm and the checkpoint write, the worst moment: the next one must
/// publish that batch again (duplicates with the same ids), and lose nothing. Runs on the server store.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class PublisherCrashSpecs : IClassFixture<PostgresDatabaseFixture>
{
    private const string Network = "markaryd-observatory";
    private readonly PostgresDatabaseFixture _database;

    public PublisherCrashSpecs(PostgresDatabaseFixture database) => _database = database;

    [Fact]
    public async Task A_publisher_that_dies_after_the_confirm_but_before_the_checkpoint_is_followed_by_one_that_loses_nothing()
    {
        await using var run = new BusRun();
        await using var store = new PostgresEventStore(new PostgresStoreOptions { ConnectionString = _database.ConnectionString, Schema = "crash" });
        await using var checkpoints = new PostgresPublisherCheckpoints(_database.ConnectionString, "crash");
        var ledger = new DeliveryLedger();
        await run.StartConsumerBusAsync(run.Queue("steady"), new RecordingConsumer(ledger), e => e.ConcurrentMessageLimit = 1);
        var bus = await run.StartPublisherBusAsync();
        await SqliteLog.AppendAsync(store, Network, SampleEvents.Founding());
        var appender = new ContinuousAppender(store, Network);
        appender.Start();

        var dying = new DyingCheckpoints(checkpoints, dieOnSave: 3);
        var first = new EventPublisher(store, dying, bus, SqliteLog.FastOptions());
        await first.StartAsync();
        await dying.Died.WaitAsync(TimeSpan.FromSeconds(20));
        await first.DisposeAsync();
        var checkpointAtCrash = await checkpoints.ReadAsync(Network, "bus-publisher");

        await using var second = new EventPublisher(store, checkpoints, bus, SqliteLog.FastOptions());
        await second.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await appender.StopAsync();

        var expected = new List<Guid>();
        await foreach (var e in store.ReadLogAsync(Network))
            expected.Add(e.EventId);
        var complete = await ledger.WaitForAsync(expected, TimeSpan.FromSeconds(20));
        var (lost, unexpected) = ledger.Compare(expected);

        Assert.True(complete, $"lost {lost} of {expected.Count}");
        Assert.Equal(0, unexpected);
        Assert.Empty(ledger.Problems);
        Assert.True(ledger.Duplicates > 0, "The batch confirmed before the crash should have been published again.");
        Assert.True(checkpointAtCrash > 0);
        Assert.True(await checkpoints.ReadAsync(Network, "bus-publisher") > checkpointAtCrash);
    }

    /// <summary>Stands for the process dying: the Nth checkpoint write never completes, after the broker confirmed its batch.</summary>
    private sealed class DyingCheckpoints(IPublisherCheckpoints inner, int dieOnSave) : IPublisherCheckpoints
    {
        private readonly TaskCompletionSource _died = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _saves;

        public Task Died => _died.Task;

        public Task<long> ReadAsync(string network, string subscription, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(network, subscription, cancellationToken);

        public async Task SaveAsync(string network, string subscription, long position, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref _saves) < dieOnSave)
            {
                await inner.SaveAsync(network, subscription, position, cancellationToken);
                return;
            }
            _died.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}
