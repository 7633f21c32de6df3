using MassTransit;
using Observatory.Contracts.V1;
using Observatory.Domain.EventStore;
using Observatory.Host.Contracts;

namespace Observatory.Host.Publishing;

/// <summary>
/// Publishes a page of the log. Within a stream each publish waits for the broker's confirm before the next one
/// starts: concurrent publishes on a channel are not guaranteed to reach a queue in the order they were issued,
/// so this is what keeps stream order. Different streams go out concurrently, which is where the throughput comes
/// from. The task completes only when every message is confirmed; if any fails, the whole page counts as failed
/// and is published again (at least once: subscribers dedupe by message id).
/// </summary>
public sealed class EventBatchPublisher(IPublishEndpoint bus, int maxConcurrentStreams = 32)
{
    public async Task PublishAsync(IReadOnlyList<StoredEvent> events, bool republished, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        // Map everything first: an event that cannot be read stops the page before anything of it is sent.
        var streams = events.Select(PublicEvents.ToPublic).GroupBy(m => m.Stream, StringComparer.Ordinal).ToList();
        if (streams.Count == 1)
        {
            await PublishInOrderAsync(streams[0], republished, cancellationToken).ConfigureAwait(false);
            return;
        }
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxConcurrentStreams, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(streams, parallel,
            async (stream, ct) => await PublishInOrderAsync(stream, republished, ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private async Task PublishInOrderAsync(IEnumerable<ObservatoryEventV1> stream, bool republished, CancellationToken cancellationToken)
    {
        foreach (var message in stream)
        {
            await bus.Publish(message, context =>
            {
                context.MessageId = message.EventId;
                context.CorrelationId = message.CorrelationId;
                context.Durable = true;
                foreach (var (name, value) in PublicEvents.Headers(message))
                    context.Headers.Set(name, value);
                if (republished)
                    context.Headers.Set(ObservatoryHeaders.Republished, "true");
            }, cancellationToken).ConfigureAwait(false);
        }
    }
}
