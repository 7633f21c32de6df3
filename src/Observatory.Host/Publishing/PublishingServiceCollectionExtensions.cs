using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Observatory.Domain.EventStore;

namespace Observatory.Host.Publishing;

/// <summary>Registers the bus and the publisher; needs an <see cref="IEventStore"/> and an <see cref="IPublisherCheckpoints"/>.</summary>
public static class PublishingServiceCollectionExtensions
{
    public static IServiceCollection AddEventPublishing(this IServiceCollection services, BusSettings bus,
        Action<EventPublisherOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(bus);
        var options = new EventPublisherOptions();
        configure?.Invoke(options);
        services.AddSingleton(PublisherBus.Create(bus));
        services.AddSingleton(sp => new EventPublisher(sp.GetRequiredService<IEventStore>(), sp.GetRequiredService<IPublisherCheckpoints>(),
            sp.GetRequiredService<IBusControl>(), options, sp.GetService<ILogger<EventPublisher>>()));
        services.AddHostedService<EventPublishingService>();
        return services;
    }
}

/// <summary>Starts the bus, then the publisher; stops them the other way round.</summary>
internal sealed class EventPublishingService(IBusControl bus, EventPublisher publisher) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await bus.StartAsync(cancellationToken).ConfigureAwait(false);
        await publisher.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await publisher.StopAsync(cancellationToken).ConfigureAwait(false);
        await bus.StopAsync(cancellationToken).ConfigureAwait(false);
    }
}
