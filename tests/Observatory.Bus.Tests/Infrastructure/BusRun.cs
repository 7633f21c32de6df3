using MassTransit;
using Observatory.Contracts.V1;
using Observatory.Host.Publishing;

namespace Observatory.Bus.Tests.Infrastructure;

/// <summary>
/// One test's corner of the broker: an exchange and queues with names no other run uses, the buses started on
/// them, and the clean-up of all of it.
/// </summary>
internal sealed class BusRun : IAsyncDisposable
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..10];
    private readonly List<IBusControl> _buses = [];
    private readonly List<string> _queues = [];

    public string Exchange => $"observatory.events.v1.test-{_id}";

    public string Queue(string name) => $"observatory-test-{_id}-{name}";

    public BusSettings Settings => new() { Transport = BusSettings.RabbitMq, RabbitMqUri = RabbitMqBroker.Uri, Exchange = Exchange };

    public async Task<IBusControl> StartPublisherBusAsync()
    {
        await using (await RabbitMqBroker.ConnectAsync("observatory-tests-probe")) { }
        var bus = PublisherBus.Create(Settings);
        return await StartAsync(bus);
    }

    /// <summary>A MassTransit subscriber: its own durable queue bound to the run's exchange, one consumer on it.</summary>
    public async Task<IBusControl> StartConsumerBusAsync(string queueName, IConsumer<ObservatoryEventV1> consumer,
        Action<IRabbitMqReceiveEndpointConfigurator>? configure = null)
    {
        await using (await RabbitMqBroker.ConnectAsync("observatory-tests-probe")) { }
        _queues.Add(queueName);
        var bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(new Uri(RabbitMqBroker.Uri));
            PublisherBus.UseContracts(cfg, Exchange);
            cfg.ReceiveEndpoint(queueName, e =>
            {
                configure?.Invoke(e);
                e.Consumer(() => consumer);
            });
        });
        return await StartAsync(bus);
    }

    private async Task<IBusControl> StartAsync(IBusControl bus)
    {
        _buses.Add(bus);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await bus.StartAsync(timeout.Token);
        return bus;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var bus in _buses)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await bus.StopAsync(timeout.Token);
        }
        var queues = _queues.SelectMany(q => new[] { q, q + "_error", q + "_skipped" }).ToList();
        await RabbitMqBroker.DeleteAsync(queues, queues.Append(Exchange));
    }
}
