using MassTransit;
using Observatory.Bus.Tests.Infrastructure;
using Observatory.Host.Publishing;

namespace Observatory.Bus.Tests.Publishing;

/// <summary>A caught-up publisher woken by a new event waits its gather delay, so single appends travel together.</summary>
public sealed class GatheringSpecs
{
    [Fact]
    public async Task Events_appended_one_by_one_within_the_gather_delay_are_published_with_one_checkpoint_commit()
    {
        await using var log = new SqliteLog();
        var expected = await log.AppendAsync(SampleEvents.Founding());
        var ledger = new DeliveryLedger();
        var checkpoints = new CountingCheckpoints(log.Checkpoints);
        var bus = MassTransit.Bus.Factory.CreateUsingInMemory(cfg =>
        {
            PublisherBus.UseContracts(cfg, BusSettings.DefaultExchange);
            cfg.ReceiveEndpoint("gathering", e => e.Consumer(() => new RecordingConsumer(ledger)));
        });
        await bus.StartAsync();
        try
        {
            var options = SqliteLog.FastOptions();
            options.GatherDelay = TimeSpan.FromSeconds(2);
            await using var publisher = new EventPublisher(log.Store, checkpoints, bus, options);
            await publisher.StartAsync();
            Assert.True(await ledger.WaitForAsync(expected, TimeSpan.FromSeconds(10)), "The founding events did not arrive.");
            var before = checkpoints.Saves;

            // Far enough apart for a publisher that reads at once to publish each alone; well within the gather delay.
            for (var i = 1; i <= 3; i++)
            {
                if (i > 1)
                    await Task.Delay(TimeSpan.FromMilliseconds(300));
                expected.AddRange(await log.AppendAsync(SampleEvents.Feedback($"2023-00{i}")));
            }

            Assert.True(await ledger.WaitForAsync(expected, TimeSpan.FromSeconds(10)), "Not every event arrived.");
            Assert.Equal((0, 0), ledger.Compare(expected));
            Assert.Equal(1, checkpoints.Saves - before);
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private sealed class CountingCheckpoints(IPublisherCheckpoints inner) : IPublisherCheckpoints
    {
        private int _saves;

        public int Saves => Volatile.Read(ref _saves);

        public Task<long> ReadAsync(string network, string subscription, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(network, subscription, cancellationToken);

        public async Task SaveAsync(string network, string subscription, long position, CancellationToken cancellationToken = default)
        {
            await inner.SaveAsync(network, subscription, position, cancellationToken);
            Interlocked.Increment(ref _saves);
        }
    }
}
