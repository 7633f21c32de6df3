using System.Collections.Concurrent;
using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Observatory.Benchmarks.Lag;

/// <summary>
/// A plain subscriber, as docs/bus.md shows one: RabbitMQ.Client alone, a durable queue bound to the fanout exchange,
/// manual acks. It notes when each message id first arrived (a Stopwatch timestamp). The queue is deleted on dispose.
/// </summary>
internal sealed class RabbitConsumer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, long> _arrived = new(StringComparer.Ordinal);
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;

    private RabbitConsumer(IConnection connection, IChannel channel, string queue) => (_connection, _channel, _queue) = (connection, channel, queue);

    public int Count => _arrived.Count;

    public IReadOnlyDictionary<string, long> Arrived => _arrived;

    public static async Task<IConnection> ConnectAsync(string uri, string name) =>
        await new ConnectionFactory { Uri = new Uri(uri), ClientProvidedName = name }.CreateConnectionAsync();

    public static async Task<RabbitConsumer> StartAsync(string uri, string exchange, string queue)
    {
        var connection = await ConnectAsync(uri, "observatory-bench-consumer");
        var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueuePurgeAsync(queue);
        await channel.QueueBindAsync(queue, exchange, routingKey: "");
        await channel.BasicQosAsync(0, 500, global: false);
        var consumer = new RabbitConsumer(connection, channel, queue);
        var handler = new AsyncEventingBasicConsumer(channel);
        handler.ReceivedAsync += async (_, delivery) =>
        {
            consumer._arrived.TryAdd(delivery.BasicProperties.MessageId ?? "", Stopwatch.GetTimestamp());
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await channel.BasicConsumeAsync(queue, autoAck: false, handler);
        return consumer;
    }

    public async Task<bool> WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (_arrived.Count < count && Stopwatch.GetTimestamp() < deadline)
            await Task.Delay(10);
        return _arrived.Count >= count;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.QueueDeleteAsync(_queue);
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
