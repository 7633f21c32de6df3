using Microsoft.Extensions.Logging;
using Observatory.Domain.EventStore;

namespace Observatory.Host.Publishing;

/// <summary>
/// One network's checkpointed subscription: read a page after the checkpoint, publish it, wait for every confirm,
/// and only then move the checkpoint. A crash anywhere in between leaves the checkpoint where it was, so the page is
/// published again: events can be duplicated (same message id), never lost. A failure never skips: the same page
/// is retried with backoff until it goes through.
/// </summary>
internal sealed class NetworkPublisher(
    string network,
    IEventStore store,
    IPublisherCheckpoints checkpoints,
    EventBatchPublisher publisher,
    EventPublisherOptions options,
    SemaphoreSlim pageSlots,
    ILogger logger)
{
    private readonly Lock _gate = new();
    private long _checkpoint;
    private DateTimeOffset? _lastPublishedAt;
    private int _failures;
    private string? _lastError;

    public string Network => network;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        long? checkpoint = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                long? last = null;
                var atHead = false;
                await pageSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    checkpoint ??= await ReadCheckpointAsync(cancellationToken).ConfigureAwait(false);
                    var page = await store.ReadAllAsync(network, checkpoint.Value, options.BatchSize, cancellationToken).ConfigureAwait(false);
                    // A short page is the head as of this read: no need to read again before waiting.
                    atHead = page.Count < options.BatchSize;
                    if (page.Count > 0)
                    {
                        await PublishAsync(page, cancellationToken).ConfigureAwait(false);
                        last = page[^1].Position;
                        await checkpoints.SaveAsync(network, options.Subscription, last.Value, cancellationToken).ConfigureAwait(false);
                    }
                }
                finally
                {
                    pageSlots.Release();
                }
                if (last is { } published)
                {
                    checkpoint = published;
                    Succeeded(published, published: true);
                }
                else
                    Succeeded(checkpoint.Value, published: false);
                if (atHead)
                    await WaitForMoreAsync(checkpoint.Value, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                var failures = Failed(e);
                var wait = options.Backoff(failures);
                logger.LogWarning(e, "Publishing network {Network} after position {Position} failed ({Failures} in a row); retrying in {Wait}.",
                    network, checkpoint, failures, wait);
                try
                {
                    await Task.Delay(wait, options.TimeProvider, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Caught up: waits outside the page slot (an idle network never keeps a busy one waiting), then gathers.</summary>
    private async Task WaitForMoreAsync(long position, CancellationToken cancellationToken)
    {
        await store.WaitForEventsAsync(network, position, cancellationToken).ConfigureAwait(false);
        if (options.GatherDelay > TimeSpan.Zero)
            await Task.Delay(options.GatherDelay, options.TimeProvider, cancellationToken).ConfigureAwait(false);
    }

    public async Task<NetworkPublisherStatus> StatusAsync(CancellationToken cancellationToken)
    {
        long checkpoint;
        DateTimeOffset? lastPublishedAt;
        int failures;
        string? lastError;
        lock (_gate)
            (checkpoint, lastPublishedAt, failures, lastError) = (_checkpoint, _lastPublishedAt, _failures, _lastError);

        var head = await store.ReadHeadAsync(network, cancellationToken).ConfigureAwait(false);
        var lag = TimeSpan.Zero;
        if (head > checkpoint)
        {
            var oldest = await store.ReadAllAsync(network, checkpoint, 1, cancellationToken).ConfigureAwait(false);
            if (oldest.Count > 0)
                lag = options.TimeProvider.GetUtcNow() - oldest[0].RecordedAt;
        }
        return new NetworkPublisherStatus(network, checkpoint, head, Math.Max(0, head - checkpoint),
            lag < TimeSpan.Zero ? TimeSpan.Zero : lag, lastPublishedAt, failures, lastError);
    }

    private async Task<long> ReadCheckpointAsync(CancellationToken cancellationToken)
    {
        var position = await checkpoints.ReadAsync(network, options.Subscription, cancellationToken).ConfigureAwait(false);
        lock (_gate)
            _checkpoint = position;
        return position;
    }

    private async Task PublishAsync(IReadOnlyList<StoredEvent> page, CancellationToken cancellationToken)
    {
        // A broker that is down may leave a publish waiting for a connection; the timeout turns that into a retry.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.PublishTimeout);
        try
        {
            await publisher.PublishAsync(page, republished: false, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"Publishing positions {page[0].Position}..{page[^1].Position} of network '{network}' was not confirmed within {options.PublishTimeout}.");
        }
    }

    private void Succeeded(long checkpoint, bool published)
    {
        lock (_gate)
        {
            _checkpoint = checkpoint;
            _failures = 0;
            _lastError = null;
            if (published)
                _lastPublishedAt = options.TimeProvider.GetUtcNow();
        }
    }

    private int Failed(Exception e)
    {
        lock (_gate)
        {
            _lastError = $"{e.GetType().Name}: {e.Message}";
            return ++_failures;
        }
    }
}
