using System.Collections.Concurrent;
using System.Text;
using Observatory.Bus.Tests.Infrastructure;
using Observatory.Domain.EventStore;
using Observatory.Domain.Feedback;
using Observatory.Domain.Network;
using Observatory.Domain.Serialization;
using Observatory.Host.Privacy;
using Observatory.Host.Publishing;
using Observatory.Host.Stores.Sqlite;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Observatory.Bus.Tests.Privacy;

/// <summary>
/// The broker part of the erasure proof: the raw bytes of every message a subscriber received from the real
/// RabbitMQ, bodies and headers, hold neither the contact details nor the key, before or after the erasure.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class BrokerErasureSpecs
{
    private static readonly ContactDetails Contact = new("Mykola Brokerenko-Testowy", "+48 600 314 159", "mykola.brokerenko@example.org");
    private static readonly DateTimeOffset May2023 = new(2023, 5, 10, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task No_message_on_the_broker_carries_a_byte_of_the_contact_or_its_key()
    {
        await using var run = new BusRun();
        await using var log = new SqliteLog();
        var keys = new SqlitePersonKeys(log.Store.DatabasePath);
        var sealedContact = await new ContactVault(keys).SealAsync(SqliteLog.Network, Contact);
        var key = (await keys.FindAsync(SqliteLog.Network, sealedContact.KeyId))!;
        await log.AppendAsync(
            new StreamAppend("network", ExpectedVersion.NoStream,
            [
                Event(new NetworkFounded("Broker privacy network", new DateOnly(2020, 9, 1))),
                Event(new PartnerJoined("bytow", "Bytów municipality", Country.Pl, PartnerKind.Municipality, new DateOnly(2020, 9, 1))),
            ]),
            new StreamAppend("feedback-1", ExpectedVersion.NoStream,
            [
                Event(new MigrantFeedbackRecorded(ContactChannel.Phone, "bytow", "work permits", "uk", Type: FeedbackType.Question,
                    Anonymous: false, Consent: true, Contact: sealedContact)),
            ]));
        await new PersonalDataEraser(log.Store, keys).EraseAsync(SqliteLog.Network, sealedContact.KeyId);
        await using var raw = await RawSubscriber.StartAsync(run.Exchange, run.Queue("privacy"));

        var bus = await run.StartPublisherBusAsync();
        await using var publisher = new EventPublisher(log.Store, log.Checkpoints, bus, SqliteLog.FastOptions());
        await publisher.StartAsync();
        var messages = await raw.WaitForAsync(4, TimeSpan.FromSeconds(15));

        Assert.Contains(messages, m => Encoding.UTF8.GetString(m).Contains("personal-data-erased", StringComparison.Ordinal));
        string[] originals = [Contact.Name!, Contact.Phone!, Contact.Email!, Convert.ToBase64String(key), Convert.ToHexStringLower(key)];
        Assert.All(messages, m =>
        {
            foreach (var original in originals)
                Assert.True(m.AsSpan().IndexOf(Encoding.UTF8.GetBytes(original)) < 0, $"A message holds '{original}'.");
            Assert.True(m.AsSpan().IndexOf(key) < 0, "A message holds the raw key.");
        });
    }

    private static EventToAppend Event(IDomainEvent fact)
    {
        var (type, version, data) = EventSerializer.Serialize(fact);
        return new EventToAppend(Guid.CreateVersion7(), type, version, data, May2023, new EventMetadata("test:privacy", Guid.CreateVersion7()));
    }

    /// <summary>Keeps each delivery as raw bytes: the body, then every header value as the broker delivered it.</summary>
    private sealed class RawSubscriber(IConnection connection, IChannel channel) : IAsyncDisposable
    {
        private readonly ConcurrentQueue<byte[]> _messages = new();

        public static async Task<RawSubscriber> StartAsync(string exchange, string queue)
        {
            var connection = await RabbitMqBroker.ConnectAsync("observatory-tests-privacy");
            var channel = await connection.CreateChannelAsync();
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
            await channel.QueueBindAsync(queue, exchange, routingKey: "");
            var subscriber = new RawSubscriber(connection, channel);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += async (_, delivery) =>
            {
                var bytes = new List<byte>(delivery.Body.ToArray());
                foreach (var header in delivery.BasicProperties.Headers ?? new Dictionary<string, object?>())
                    bytes.AddRange(header.Value as byte[] ?? Encoding.UTF8.GetBytes(header.Value?.ToString() ?? ""));
                subscriber._messages.Enqueue([.. bytes]);
                await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            };
            await channel.BasicConsumeAsync(queue, autoAck: false, consumer);
            return subscriber;
        }

        public async Task<List<byte[]>> WaitForAsync(int count, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (_messages.Count < count && DateTime.UtcNow < deadline)
                await Task.Delay(50);
            Assert.True(_messages.Count >= count, $"Expected {count} messages, received {_messages.Count} within {timeout}.");
            return [.. _messages];
        }

        public async ValueTask DisposeAsync()
        {
            await channel.CloseAsync();
            await connection.CloseAsync();
        }
    }
}
