using MassTransit;
using Observatory.Bus.Tests.Infrastructure;
using Observatory.Host.Publishing;

namespace Observatory.Bus.Tests.Publishing;

/// <summary>The embedded default needs no server: the same publisher runs on MassTransit's in-memory transport.</summary>
public sealed class InMemoryBusSpecs
{
    [Fact]
    public async Task On_the_in_memory_transport_an_in_process_consumer_receives_every_event_with_its_id_as_message_id()
    {
        await using var log = new SqliteLog();
        var expected = await log.AppendAsync(SampleEvents.Founding(), SampleEvents.Feedback("2023-001"), SampleEvents.Post("1", replies: 3));
        var ledger = new DeliveryLedger();
        var bus = MassTransit.Bus.Factory.CreateUsingInMemory(cfg =>
        {
            PublisherBus.UseContracts(cfg, BusSettings.DefaultExchange);
            cfg.ReceiveEndpoint("in-process", e =>
            {
                e.ConcurrentMessageLimit = 1;
                e.Consumer(() => new RecordingConsumer(ledger));
            });
        });
        await bus.StartAsync();
        try
        {
            await using var publisher = new EventPublisher(log.Store, log.Checkpoints, bus, SqliteLog.FastOptions());
            await publisher.StartAsync();

            Assert.True(await ledger.WaitForAsync(expected, TimeSpan.FromSeconds(10)), "Not every event arrived.");
            Assert.Equal((0, 0), ledger.Compare(expected));
            Assert.Empty(ledger.Problems);
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
