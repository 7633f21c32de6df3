using MassTransit;
using Observatory.Contracts.V1;

namespace Observatory.Host.Publishing;

/// <summary>
/// Builds the MassTransit bus the publisher publishes through. Messages go out as plain JSON (content type
/// application/json, the contract itself as the body) so that any AMQP client can read them; MassTransit's own
/// envelope would tie subscribers to MassTransit. Publisher confirms stay on (the RabbitMQ transport's default),
/// so a publish completes only when the broker has taken responsibility for the message.
/// </summary>
public static class PublisherBus
{
    public static IBusControl Create(BusSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Transport switch
        {
            BusSettings.RabbitMq => Bus.Factory.CreateUsingRabbitMq(cfg =>
            {
                cfg.Host(RabbitMqUri(settings), h => h.PublisherConfirmation = true);
                UseContracts(cfg, settings.Exchange);
            }),
            BusSettings.InMemory => Bus.Factory.CreateUsingInMemory(cfg => UseContracts(cfg, settings.Exchange)),
            _ => throw new ArgumentException(
                $"Transport: must be '{BusSettings.InMemory}' or '{BusSettings.RabbitMq}', not '{settings.Transport}'.", nameof(settings)),
        };
    }

    /// <summary>
    /// The serializer and the exchange name of the contracts; subscribers that use MassTransit call this too, so both
    /// sides agree on the exchange and on plain JSON.
    /// </summary>
    public static void UseContracts(IBusFactoryConfigurator cfg, string exchange)
    {
        ArgumentNullException.ThrowIfNull(cfg);
        ArgumentException.ThrowIfNullOrWhiteSpace(exchange);
        cfg.UseRawJsonSerializer(RawSerializerOptions.Default, isDefault: true);
        cfg.Message<ObservatoryEventV1>(m => m.SetEntityName(exchange));
    }

    private static Uri RabbitMqUri(BusSettings settings) =>
        Uri.TryCreate(settings.RabbitMqUri, UriKind.Absolute, out var uri) && uri.Scheme is "amqp" or "amqps" or "rabbitmq"
            ? uri
            : throw new ArgumentException(
                $"RabbitMqUri: must be an absolute amqp:// URI (for example amqp://user:password@127.0.0.1:5672/), not '{settings.RabbitMqUri}'.",
                nameof(settings));
}
