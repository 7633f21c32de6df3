namespace Observatory.Host.Publishing;

/// <summary>Which bus the publisher talks to. Settable properties so configuration can bind them.</summary>
public sealed class BusSettings
{
    public const string InMemory = "in-memory";
    public const string RabbitMq = "rabbitmq";
    public const string DefaultExchange = "observatory.events.v1";

    /// <summary><see cref="InMemory"/> (the embedded default, needs no server) or <see cref="RabbitMq"/>.</summary>
    public string Transport { get; set; } = InMemory;

    /// <summary>An AMQP URI such as amqp://user:password@127.0.0.1:5672/ (required for <see cref="RabbitMq"/>).</summary>
    public string? RabbitMqUri { get; set; }

    /// <summary>
    /// The fanout exchange every <c>ObservatoryEventV1</c> is published to. Subscribers bind their own durable
    /// queue to it. Named after the contract version, so a V2 can be published beside V1 during a migration.
    /// </summary>
    public string Exchange { get; set; } = DefaultExchange;
}
