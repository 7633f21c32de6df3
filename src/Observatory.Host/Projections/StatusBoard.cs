using System.Collections.Concurrent;

namespace Observatory.Host.Projections;

/// <summary>
/// The latest status of every read model and every network's last fault. Runners write immutable entries; the
/// health endpoint takes snapshots from any thread.
/// </summary>
internal sealed class StatusBoard
{
    private readonly ConcurrentDictionary<ReadModelKey, ProjectionStatus> _projections = new();
    private readonly ConcurrentDictionary<string, NetworkFault> _faults = new(StringComparer.Ordinal);

    public void Update(Subscription subscription, long? head, double eventsPerSecond, DateTimeOffset now)
    {
        var key = subscription.Key;
        var knownHead = _projections.TryGetValue(key, out var previous) ? previous.Head : 0;
        _projections[key] = new ProjectionStatus(
            key.Network, key.Projection, key.Version, subscription.Status, subscription.Checkpoint,
            Math.Max(Math.Max(knownHead, head ?? 0), subscription.Checkpoint),
            eventsPerSecond, subscription.ParkedCount, [.. subscription.ParkedStreams.Keys.Order(StringComparer.Ordinal)], now);
    }

    public void Fault(string network, Exception error, DateTimeOffset now) =>
        _faults[network] = new NetworkFault(network, $"{error.GetType().Name}: {error.Message}", now);

    public void Clear(string network) => _faults.TryRemove(network, out _);

    public DaemonStatus Snapshot(bool running, DateTimeOffset now) => new(
        now,
        running,
        [.. _projections.Values.OrderBy(p => p.Network, StringComparer.Ordinal).ThenBy(p => p.Projection, StringComparer.Ordinal)],
        [.. _faults.Values.OrderBy(f => f.Network, StringComparer.Ordinal)]);
}
