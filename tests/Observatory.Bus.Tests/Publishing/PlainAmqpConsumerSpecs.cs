using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Observatory.Bus.Tests.Infrastructure;
using Observatory.Contracts.V1;
using Observatory.Host.Cli;
using Observatory.Host.Publishing;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Observatory.Bus.Tests.Publishing;

/// <summary>A subscriber without MassTransit: RabbitMQ.Client 7 alone, reading the messages as plain JSON.</summary>
[Collection(BrokerCollection.Name)]
public sealed class PlainAmqpConsumerSpecs
{
    private sealed record Delivery(string? MessageId, string? ContentType, IDictionary<string, object?> Headers, string Body);

    [Fact]
    public async Task A_plain_AMQP_client_reads_every_event_as_JSON_with_the_event_id_as_message_id_and_the_log_metadata_as_headers()
    {
        await using var run = new BusRun();
        await using var log = new SqliteLog();
        var expected = await log.AppendAsync(SampleEvents.Founding(), SampleEvents.Feedback("2023-001"), SampleEvents.Post("1", replies: 3));
        await using var plain = await PlainSubscriber.StartAsync(run.Exchange, run.Queue("plain"));

        var bus = await run.StartPublisherBusAsync();
        await using var publisher = new EventPublisher(log.Store, log.Checkpoints, bus, SqliteLog.FastOptions());
        await publisher.StartAsync();
        var deliveries = await plain.WaitForAsync(expected.Count, TimeSpan.FromSeconds(15));

        Assert.Equal(expected.Select(id => id.ToString()).Order(), deliveries.Select(d => d.MessageId).Order());
        // Streams go out concurrently; within each stream the versions arrive in order.
        foreach (var stream in deliveries.GroupBy(d => Header(d, ObservatoryHeaders.Stream)))
            Assert.Equal(Enumerable.Range(1, stream.Count()).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                stream.Select(d => Header(d, ObservatoryHeaders.StreamVersion)));
        Assert.All(deliveries, d => Assert.Equal("application/json", d.ContentType));
        var feedback = deliveries.Single(d => Header(d, ObservatoryHeaders.Type) == "migrant-feedback-recorded");
        Assert.Equal(SqliteLog.Network, Header(feedback, ObservatoryHeaders.Network));
        Assert.Equal("feedback-2023-001", Header(feedback, ObservatoryHeaders.Stream));
        Assert.Equal("1", Header(feedback, ObservatoryHeaders.StreamVersion));
        Assert.Equal("3", Header(feedback, ObservatoryHeaders.Position));
        Assert.Equal("1", Header(feedback, ObservatoryHeaders.SchemaVersion));
        Assert.Equal(SampleEvents.April2023, DateTimeOffset.Parse(Header(feedback, ObservatoryHeaders.OccurredOn)!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(Header(feedback, ObservatoryHeaders.RecordedAt));

        using var json = JsonDocument.Parse(feedback.Body);
        Assert.Equal(expected[2], json.RootElement.GetProperty("eventId").GetGuid());
        Assert.Equal(3, json.RootElement.GetProperty("position").GetInt64());
        Assert.Equal("language courses", json.RootElement.GetProperty("data").GetProperty("theme").GetString());
        Assert.All(deliveries, d => Assert.DoesNotContain(SampleEvents.FeedbackText, d.Body, StringComparison.Ordinal));
        Assert.All(deliveries, d => Assert.DoesNotContain(SampleEvents.ContactCiphertext, d.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Republishing_a_range_sends_those_events_again_with_their_own_message_ids_and_leaves_the_checkpoint_alone()
    {
        await using var run = new BusRun();
        await using var log = new SqliteLog();
        var expected = await log.AppendAsync(SampleEvents.Founding(), SampleEvents.Post("1", replies: 4));
        await using var plain = await PlainSubscriber.StartAsync(run.Exchange, run.Queue("plain"));
        var bus = await run.StartPublisherBusAsync();
        await using var publisher = new EventPublisher(log.Store, log.Checkpoints, bus, SqliteLog.FastOptions());
        await publisher.StartAsync();
        await plain.WaitForAsync(expected.Count, TimeSpan.FromSeconds(15));

        var result = await publisher.RepublishAsync(SqliteLog.Network, 3, 5);
        var deliveries = await plain.WaitForAsync(expected.Count + 3, TimeSpan.FromSeconds(15));

        Assert.Equal(new RepublishResult(SqliteLog.Network, 3, 3, 5), result);
        var again = deliveries.Skip(expected.Count).ToList();
        Assert.Equal(expected[2..5].Select(id => id.ToString()), again.Select(d => d.MessageId));
        Assert.All(again, d => Assert.Equal("true", Header(d, ObservatoryHeaders.Republished)));
        Assert.Equal(expected.Count, await log.Checkpoints.ReadAsync(SqliteLog.Network, "bus-publisher"));
    }

    [Fact]
    public async Task The_republish_verb_sends_a_range_of_the_log_again_to_the_exchange_subscribers_bind_to()
    {
        await using var run = new BusRun();
        await using var log = new SqliteLog();
        var expected = await log.AppendAsync(SampleEvents.Founding(), SampleEvents.Post("1", replies: 4));
        await using var plain = await PlainSubscriber.StartAsync(run.Exchange, run.Queue("plain"));
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await ObservatoryCli.RunAsync(
            ["republish", "--network", SqliteLog.Network, "--from", "2", "--to", "4", "--rabbitmq", RabbitMqBroker.Uri,
             "--exchange", run.Exchange, "--data", log.DataDirectory],
            output, error, TimeProvider.System);
        var deliveries = await plain.WaitForAsync(3, TimeSpan.FromSeconds(15));

        Assert.True(exitCode == 0, error.ToString());
        Assert.Contains("3 event(s)", output.ToString(), StringComparison.Ordinal);
        // Order is kept within a stream, not across streams, so the range is compared as a set.
        Assert.Equal(expected[1..4].Select(id => id.ToString()).Order(), deliveries.Select(d => d.MessageId).Order());
        Assert.All(deliveries, d => Assert.Equal("true", Header(d, ObservatoryHeaders.Republished)));
    }

    private static string? Header(Delivery delivery, string name) => delivery.Headers.TryGetValue(name, out var value) ? value switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        null => null,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    } : null;

    /// <summary>What the docs show a subscriber: declare a queue, bind it to the exchange, consume, ack.</summary>
    private sealed class PlainSubscriber : IAsyncDisposable
    {
        private readonly ConcurrentQueue<Delivery> _deliveries = new();
        private readonly IConnection _connection;
        private readonly IChannel _channel;
        private readonly string _queue;

        private PlainSubscriber(IConnection connection, IChannel channel, string queue) =>
            (_connection, _channel, _queue) = (connection, channel, queue);

        public static async Task<PlainSubscriber> StartAsync(string exchange, string queue)
        {
            var connection = await RabbitMqBroker.ConnectAsync("observatory-tests-plain-subscriber");
            var channel = await connection.CreateChannelAsync();
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
            await channel.QueueBindAsync(queue, exchange, routingKey: "");
            var subscriber = new PlainSubscriber(connection, channel, queue);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += async (_, delivery) =>
            {
                var headers = delivery.BasicProperties.Headers ?? new Dictionary<string, object?>();
                subscriber._deliveries.Enqueue(new Delivery(delivery.BasicProperties.MessageId, delivery.BasicProperties.ContentType,
                    headers, Encoding.UTF8.GetString(delivery.Body.Span)));
                await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            };
            await channel.BasicConsumeAsync(queue, autoAck: false, consumer);
            return subscriber;
        }

        public async Task<List<Delivery>> WaitForAsync(int count, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (_deliveries.Count < count && DateTime.UtcNow < deadline)
                await Task.Delay(50);
            Assert.True(_deliveries.Count >= count, $"Expected {count} messages, received {_deliveries.Count} within {timeout}.");
            return [.. _deliveries];
        }

        public async ValueTask DisposeAsync()
        {
            await _channel.QueueDeleteAsync(_queue);
            await _channel.DisposeAsync();
            await _connection.DisposeAsync();
        }
    }
}
