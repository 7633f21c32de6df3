using Observatory.Domain.EventStore;

namespace Observatory.Host.Publishing;

/// <summary>What a republish sent: how many events, from which position to which (0 and 0 when the range was empty).</summary>
public sealed record RepublishResult(string Network, int Count, long FirstPosition, long LastPosition);

internal static class Republisher
{
    public static async Task<RepublishResult> RepublishAsync(IEventStore store, EventBatchPublisher publisher, int batchSize,
        string network, long fromPosition, long toPosition, CancellationToken cancellationToken)
    {
        if (!StreamNames.IsValidNetwork(network))
            throw new ArgumentException($"network: '{network}' is not a network name (lowercase letters, digits and '-').", nameof(network));
        ArgumentOutOfRangeException.ThrowIfLessThan(fromPosition, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(toPosition, fromPosition);

        var count = 0;
        long first = 0, last = 0;
        var after = fromPosition - 1;
        while (after < toPosition)
        {
            var wanted = (int)Math.Min(batchSize, toPosition - after);
            var page = await store.ReadAllAsync(network, after, wanted, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
                break;
            await publisher.PublishAsync(page, republished: true, cancellationToken).ConfigureAwait(false);
            if (count == 0)
                first = page[0].Position;
            count += page.Count;
            last = after = page[^1].Position;
        }
        return new RepublishResult(network, count, first, last);
    }
}
