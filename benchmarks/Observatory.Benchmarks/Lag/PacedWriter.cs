using System.Collections.Concurrent;
using System.Diagnostics;
using Observatory.Domain.EventStore;
using Observatory.Domain.Serialization;
using Observatory.Domain.Sharing;

namespace Observatory.Benchmarks.Lag;

/// <summary>One single-event append the writer made, and when its commit was acknowledged (a Stopwatch timestamp).</summary>
internal sealed record Appended(string Network, long Position, Guid EventId, long CommittedAt);

/// <summary>
/// A steady writer: event k is due at start + k / rate (open loop: a late append does not delay the schedule), spread
/// over concurrent writers (16: enough that a commit taking ~10 ms on a loaded machine does not hold the rate down)
/// and over the given networks. Each event is a practice shared by partner-01 (every
/// generated network has it) in a stream of its own, appended straight to the store with expected version 0.
/// </summary>
internal sealed class PacedWriter(IEventStore store, IReadOnlyList<string> networks, int perSecond, int writers = 16)
{
    private readonly ConcurrentQueue<Appended> _log = new();
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    public IReadOnlyList<Appended> Log => [.. _log];

    public int Count => _log.Count;

    /// <summary>Appends until <paramref name="duration"/> has passed or <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var start = Stopwatch.GetTimestamp();
        var total = (long)(duration.TotalSeconds * perSecond);
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (long k = w; k < total && !cancellationToken.IsCancellationRequested; k += writers)
            {
                var due = TimeSpan.FromSeconds((double)k / perSecond) - Stopwatch.GetElapsedTime(start);
                if (due > TimeSpan.FromMilliseconds(1))
                {
                    try { await Task.Delay(due, cancellationToken); }
                    catch (OperationCanceledException) { return; }
                }
                var network = networks[(int)(k % networks.Count)];
                var result = await store.AppendAsync(network, [Append(k)], CancellationToken.None);
                var e = result.Events[0];
                _log.Enqueue(new Appended(network, e.Position, e.EventId, Stopwatch.GetTimestamp()));
            }
        }, CancellationToken.None)));
    }

    private StreamAppend Append(long k)
    {
        var now = DateTimeOffset.UtcNow;
        var (type, schemaVersion, data) = EventSerializer.Serialize(new PracticeShared($"Live practice {k}", [ThematicArea.Education], "partner-01",
            TargetGroup: "newcomers", Summary: "Appended while the benchmark measured."));
        var id = Guid.CreateVersion7(now);
        return new StreamAppend($"practice-live{_run}-{k}", ExpectedVersion.Exactly(0),
            [new EventToAppend(id, type, schemaVersion, data, now, new EventMetadata("leader:bench", id))]);
    }
}
