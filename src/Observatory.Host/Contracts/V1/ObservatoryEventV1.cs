using System.Text.Json;

namespace Observatory.Contracts.V1;

/// <summary>
/// The public integration contract: one fact of a network's log as downstream systems receive it, on RabbitMQ and
/// over the HTTP feed alike. It is not the internal event record: the mapping in
/// <c>Observatory.Host.Contracts.PublicEvents</c> decides what goes out, so internal refactorings stay internal.
/// Compatibility rules are in docs/contracts.md; in short, within V1 fields may be added, never removed or renamed.
/// One envelope type (not one message type per event) keeps every event of a network on one exchange and in one
/// queue, which is what keeps the order within a stream.
/// </summary>
public sealed record ObservatoryEventV1
{
    /// <summary>The idempotency key; also the AMQP message id. Deduplicate by it.</summary>
    public required Guid EventId { get; init; }

    /// <summary>The network (tenant) whose log holds the event.</summary>
    public required string Network { get; init; }

    /// <summary>The stream, "{kind}" or "{kind}-{id}"; order is guaranteed within it.</summary>
    public required string Stream { get; init; }

    /// <summary>The stream's kind, the part of <see cref="Stream"/> before the first dash.</summary>
    public required string StreamKind { get; init; }

    /// <summary>1 for the stream's first event, then +1 per event, without gaps.</summary>
    public required long StreamVersion { get; init; }

    /// <summary>The event's position in its network's log: gapless, in commit order, per network.</summary>
    public required long Position { get; init; }

    /// <summary>The stable wire name, for example "meeting-held".</summary>
    public required string Type { get; init; }

    /// <summary>The version of <see cref="Data"/>'s shape for <see cref="Type"/>; always the current one (old events are upcast).</summary>
    public required int SchemaVersion { get; init; }

    /// <summary>When it happened (business time).</summary>
    public required DateTimeOffset OccurredOn { get; init; }

    /// <summary>When the observatory recorded it.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>Groups the events of one conversation (one command, one import).</summary>
    public required Guid CorrelationId { get; init; }

    public Guid? CausationId { get; init; }

    /// <summary>The event's fields, camelCase, enums as kebab-case strings, absent optional fields left out; never a personal field.</summary>
    public required JsonElement Data { get; init; }
}
