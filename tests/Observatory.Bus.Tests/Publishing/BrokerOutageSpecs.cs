using Xunit.Abstractions;
using Observatory.Bus.Tests.Infrastructure;
using Observatory.Host.Publishing;

namespace Observatory.Bus.Tests.Publishing;

/// <summary>The broker goes away while partners keep recording: nothing may be lost, nothing invented.</summary>
[Collection(BrokerCollection.Name)]
public sealed class BrokerOutageSpecs(ITestOutputHelper output)
{
    [Fact]
    public async Task When_the_broker_stops_and_starts_again_during_continuous_appends_a_subscriber_that_ran_throughout_gets_every_event()
    {
        await using var run = new BusRun();
        await using var log = new SqliteLog();
        var ledger = new DeliveryLedger();
        await run.StartConsumerBusAsync(run.Queue("steady"), new RecordingConsumer(ledger), e => e.ConcurrentMessageLimit = 1);
        var bus = await run.StartPublisherBusAsync();
        var options = SqliteLog.FastOptions();
        // Short, so that a publish waiting on the vanished broker shows up as a failure within the outage.
        options.PublishTimeout = TimeSpan.FromSeconds(1);
        await using var publisher = new EventPublisher(log.Store, log.Checkpoints, bus, options);
        await log.AppendAsync(SampleEvents.Founding());
        await publisher.StartAsync();
        var appender = new ContinuousAppender(log.Store, SqliteLog.Network);
        appender.Start();

        PublisherStatus duringOutage;
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            await RabbitMqBroker.StopAppAsync();
            await Task.Delay(TimeSpan.FromSeconds(3));
            duringOutage = await publisher.GetStatusAsync();
        }
        finally
        {
            await RabbitMqBroker.StartAppAsync();
        }
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await appender.StopAsync();

        output.WriteLine($"during the outage: {duringOutage.Networks.Single()}");
        output.WriteLine($"appended {appender.Count}, received {ledger.Total}, duplicates {ledger.Duplicates}");
        var expected = (await log.Store.ReadAllAsync(SqliteLog.Network, 0, 100_000)).Select(e => e.EventId).ToList();
        Assert.Equal(appender.Count + 2, expected.Count);
        var complete = await ledger.WaitForAsync(expected, TimeSpan.FromSeconds(30));
        var (lost, unexpected) = ledger.Compare(expected);

        Assert.True(complete, $"lost {lost} of {expected.Count}");
        output.WriteLine($"after: received {ledger.Total}, duplicates {ledger.Duplicates}");
        Assert.Equal(0, lost);
        Assert.Equal(0, unexpected);
        // Duplicates are allowed, but only as repeated message ids, and never out of stream order once dropped.
        Assert.Empty(ledger.Problems);
        Assert.True(duringOutage.LagEvents > 0, "The outage was not visible as lag.");
        Assert.True(duringOutage.Networks.Single().ConsecutiveFailures > 0, "The outage was not visible as failures.");
        // The subscriber can hold the last page a moment before the publisher has saved its checkpoint after the confirms.
        var after = await publisher.GetStatusAsync();
        for (var wait = 0; after.LagEvents > 0 && wait < 50; wait++)
        {
            await Task.Delay(100);
            after = await publisher.GetStatusAsync();
        }
        Assert.Equal(0, after.LagEvents);
        Assert.True(after.Healthy);
    }
}
