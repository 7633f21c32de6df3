using MassTransit;
using Observatory.Bus.Tests.Infrastructure;
using Observatory.Host.Publishing;

namespace Observatory.Bus.Tests.Publishing;

/// <summary>Subscribers with MassTransit: typed messages, deduplication by message id, and poison messages.</summary>
[Collection(BrokerCollection.Name)]
public sealed class MassTransitConsumerSpecs
{
    [Fact]
    public async Task A_MassTransit_consumer_receives_typed_events_and_drops_a_replay_by_message_id()
    {
        await using var run = new BusRun();
        await using var log = new SqliteLog();
        var expected = await log.AppendAsync(SampleEvents.Founding(), SampleEvents.Feedback("2023-001"),
            SampleEvents.Post("1", replies: 5), SampleEvents.PracticeInSchema1("cafe"));
        var ledger = new DeliveryLedger();
        var consumer = new RecordingConsumer(ledger);
        await run.StartConsumerBusAsync(run.Queue("typed"), consumer, e => e.ConcurrentMessageLimit = 1);
        var bus = await run.StartPublisherBusAsync();
        await using var publisher = new EventPublisher(log.Store, log.Checkpoints, bus, SqliteLog.FastOptions());
        await publisher.StartAsync();
        Assert.True(await ledger.WaitForAsync(expected, TimeSpan.FromSeconds(15)), "Not every event arrived.");

        await publisher.RepublishAsync(SqliteLog.Network, 1, expected.Count);
        Assert.True(await ledger.WaitForTotalAsync(2 * expected.Count, TimeSpan.FromSeconds(15)), "The replay did not arrive.");

        Assert.Equal(expected.Count, consumer.Handled);
        Assert.Equal(expected.Count, ledger.Duplicates);
        Assert.Equal((0, 0), ledger.Compare(expected));
        Assert.Empty(ledger.Problems);
    }

    [Fact]
    public async Task A_message_a_consumer_keeps_failing_on_ends_in_its_error_queue_after_the_retries_while_the_others_flow()
    {
        await using var run = new BusRun();
        await using var log = new SqliteLog();
        var expected = await log.AppendAsync(SampleEvents.Founding(), SampleEvents.Post("1", replies: 3), SampleEvents.Post("2", replies: 3));
        var poisonId = expected[3];
        var ledger = new DeliveryLedger();
        var consumer = new RecordingConsumer(ledger, poison: m => m.EventId == poisonId);
        var queue = run.Queue("picky");
        await run.StartConsumerBusAsync(queue, consumer, e => e.UseMessageRetry(r => r.Immediate(2)));
        var bus = await run.StartPublisherBusAsync();
        await using var publisher = new EventPublisher(log.Store, log.Checkpoints, bus, SqliteLog.FastOptions());
        await publisher.StartAsync();

        var others = expected.Where(id => id != poisonId).ToList();
        Assert.True(await ledger.WaitForAsync(others, TimeSpan.FromSeconds(15)), "The other messages did not flow.");
        Assert.True(await ErrorQueueHoldsAsync(queue + "_error", 1, TimeSpan.FromSeconds(10)), "The failing message is not in the error queue.");
        Assert.Equal(3, consumer.PoisonAttempts);
        Assert.Equal((1, 0), ledger.Compare(expected));

        // The publisher does not wait for subscribers: it is caught up and healthy.
        var status = await publisher.GetStatusAsync();
        Assert.True(status.Healthy);
        Assert.Equal(0, status.LagEvents);
    }

    private static async Task<bool> ErrorQueueHoldsAsync(string queue, uint count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await RabbitMqBroker.MessageCountAsync(queue) >= count)
                    return true;
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
            {
                // Not declared yet: MassTransit creates the error queue with the first faulted message.
            }
            await Task.Delay(100);
        }
        return false;
    }
}
