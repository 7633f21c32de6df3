using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Observatory.Domain.EventStore;

namespace Observatory.Host.Publishing;

/// <summary>
/// The log as the outbox: one checkpointed subscription per network, publishing every event to the bus as an
/// <c>ObservatoryEventV1</c>. Networks publish independently, so a slow or failing one never holds up another.
/// Start it after the bus; stop (or dispose) it before the bus.
/// </summary>
public sealed class EventPublisher : IAsyncDisposable
{
    private readonly IEventStore _store;
    private readonly IPublisherCheckpoints _checkpoints;
    private readonly EventBatchPublisher _publisher;
    private readonly EventPublisherOptions _options;
    private readonly SemaphoreSlim _pageSlots;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, (NetworkPublisher Publisher, Task Run)> _networks = new(StringComparer.Ordinal);
    private CancellationTokenSource? _stopping;
    private Task? _discovery;

    public EventPublisher(IEventStore store, IPublisherCheckpoints checkpoints, IPublishEndpoint bus,
        EventPublisherOptions? options = null, ILogger<EventPublisher>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(checkpoints);
        ArgumentNullException.ThrowIfNull(bus);
        _options = options ?? new EventPublisherOptions();
        _options.Validate();
        _pageSlots = new SemaphoreSlim(_options.MaxConcurrentNetworks);
        _store = store;
        _checkpoints = checkpoints;
        _publisher = new EventBatchPublisher(bus, _options.MaxConcurrentStreams);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_discovery is not null)
            throw new InvalidOperationException("The publisher is already started.");
        _stopping = new CancellationTokenSource();
        _discovery = DiscoverNetworksAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    /// <summary>Stops every network's loop. A batch in flight is abandoned unconfirmed and published again on the next start.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_stopping is null || _discovery is null)
            return;
        await _stopping.CancelAsync().ConfigureAwait(false);
        var running = _networks.Values.Select(n => n.Run).Append(_discovery);
        await Task.WhenAll(running).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lag and failures per network, for a health endpoint.</summary>
    public async Task<PublisherStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var statuses = new List<NetworkPublisherStatus>();
        foreach (var (publisher, _) in _networks.Values.OrderBy(n => n.Publisher.Network, StringComparer.Ordinal))
            statuses.Add(await publisher.StatusAsync(cancellationToken).ConfigureAwait(false));
        return new PublisherStatus(statuses);
    }

    /// <summary>
    /// The administrator's replay: publishes the events at positions <paramref name="fromPosition"/> to
    /// <paramref name="toPosition"/> (inclusive, capped at the head) again, with their original message ids and a
    /// "republished" header, without touching the checkpoint. Every subscriber bound to the exchange receives them;
    /// those that already have them drop them by message id.
    /// </summary>
    public Task<RepublishResult> RepublishAsync(string network, long fromPosition, long toPosition, CancellationToken cancellationToken = default) =>
        Republisher.RepublishAsync(_store, _publisher, _options.BatchSize, network, fromPosition, toPosition, cancellationToken);

    private async Task DiscoverNetworksAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                foreach (var network in await _store.ListNetworksAsync(cancellationToken).ConfigureAwait(false))
                    _networks.GetOrAdd(network, StartNetwork);
                failures = 0;
                await Task.Delay(_options.NetworkDiscoveryInterval, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                var wait = _options.Backoff(++failures);
                _logger.LogWarning(e, "Listing networks to publish failed; retrying in {Wait}.", wait);
                try
                {
                    await Task.Delay(wait, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private (NetworkPublisher, Task) StartNetwork(string network)
    {
        var publisher = new NetworkPublisher(network, _store, _checkpoints, _publisher, _options, _pageSlots, _logger);
        _logger.LogInformation("Publishing network {Network} to the bus.", network);
        return (publisher, Task.Run(() => publisher.RunAsync(_stopping!.Token), CancellationToken.None));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stopping?.Dispose();
    }
}
