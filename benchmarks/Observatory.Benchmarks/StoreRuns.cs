using Observatory.Host.Generation;
using Observatory.Benchmarks.Reporting;
using Observatory.Domain.EventStore;
using Observatory.Host.Stores;

namespace Observatory.Benchmarks;

/// <summary>
/// The store-level measurements, written against the port only, so SQLite and PostgreSQL are measured by the same
/// code. Every append goes through <see cref="IEventStore.AppendAsync"/> with exact expected versions and event ids,
/// which is the full path a command or an import takes below the HTTP layer.
/// </summary>
internal static class StoreRuns
{
    public const int BatchSize = 100;

    /// <summary>Batches of 100 events per transaction; writer w appends every w-th network, so writers never share a network.</summary>
    public static Task<Rate> BatchesAsync(IEventStore store, IReadOnlyList<NetworkHistory> histories, int writers) =>
        Measure.WorkersAsync(writers, async w =>
        {
            long count = 0;
            foreach (var history in Batches.ForWorker(histories, w, writers))
                foreach (var slice in Batches.Slices(history, BatchSize))
                    count += (await store.AppendAsync(history.Network, Batches.ToAppends(slice))).NewlyStored;
            return count;
        });

    /// <summary>
    /// Bulk import as the importer does it: one append per network holding its whole log (5,000 events at the default
    /// size, about 4,500 stream appends with exact versions), which the PostgreSQL store writes by binary COPY.
    /// </summary>
    public static Task<Rate> ImportAsync(IEventStore store, IReadOnlyList<NetworkHistory> histories, int writers) =>
        Measure.WorkersAsync(writers, async w =>
        {
            long count = 0;
            foreach (var history in Batches.ForWorker(histories, w, writers))
            {
                var all = history.Events as GeneratedEvent[] ?? [.. history.Events];
                count += (await store.AppendAsync(history.Network, Batches.ToAppends(new ArraySegment<GeneratedEvent>(all)))).NewlyStored;
            }
            return count;
        });

    /// <summary>
    /// Only the client-side work of an append, no database: building the requests, the checks (valid JSON, names) and
    /// the SHA-256 fingerprints of <see cref="PreparedAppend"/>. Both stores pay it on the same cores as the database.
    /// </summary>
    public static Task<Rate> PrepareOnlyAsync(IReadOnlyList<NetworkHistory> histories) =>
        Measure.WorkersAsync(1, worker =>
        {
            long count = 0;
            foreach (var history in histories)
                foreach (var slice in Batches.Slices(history, BatchSize))
                    count += PreparedAppend.From(history.Network, Batches.ToAppends(slice)).Events.Count;
            return Task.FromResult(count);
        });

    /// <summary>Single-event appends from concurrent clients, each on its own networks, each append timed.</summary>
    public static Task<Rate> SinglesAsync(IEventStore store, IReadOnlyList<IReadOnlyList<(string Network, GeneratedEvent Event)>> perClient) =>
        Measure.TimedWorkersAsync(perClient.Count, async (c, times) =>
        {
            foreach (var (network, e) in perClient[c])
                await Measure.TimeAsync(times, () => store.AppendAsync(network, Batches.Single(e)));
            return perClient[c].Count;
        });

    /// <summary>
    /// Re-appends batches that are already stored: the idempotent retry a client makes after a lost answer. Nothing is
    /// written; the store must find every id and compare its fingerprint.
    /// </summary>
    public static Task<Rate> RepeatsAsync(IEventStore store, IReadOnlyList<NetworkHistory> histories, long events) =>
        Measure.WorkersAsync(1, async _ =>
        {
            long count = 0;
            foreach (var history in histories)
            {
                foreach (var slice in Batches.Slices(history, BatchSize))
                {
                    var result = await store.AppendAsync(history.Network, Batches.ToAppends(slice));
                    if (result.NewlyStored != 0)
                        throw new InvalidOperationException("A repeated batch stored new events: idempotency is broken.");
                    count += slice.Count;
                    if (count >= events)
                        return count;
                }
            }
            return count;
        });

    /// <summary>Reads every network's whole log through ReadAllAsync in pages of 1,000 (the page size of the host's log reader).</summary>
    public static Task<Rate> ReadAllAsync(IEventStore store, IReadOnlyList<NetworkHistory> histories) =>
        Measure.WorkersAsync(1, async _ =>
        {
            long count = 0;
            foreach (var history in histories)
            {
                long after = 0, read = 0;
                while (true)
                {
                    var page = await store.ReadAllAsync(history.Network, after, 1_000);
                    read += page.Count;
                    if (page.Count < 1_000)
                        break;
                    after = page[^1].Position;
                }
                if (read != history.Events.Count)
                    throw new InvalidOperationException($"{history.Network}: read {read} events of {history.Events.Count}.");
                count += read;
            }
            return count;
        });

    /// <summary>Client c takes the networks c, c+n, c+2n… and writes their first events in log order, so expected versions hold.</summary>
    public static List<IReadOnlyList<(string Network, GeneratedEvent Event)>> SplitForClients(
        IReadOnlyList<NetworkHistory> histories, int clients, long totalEvents) =>
        [.. Enumerable.Range(0, clients).Select(c => (IReadOnlyList<(string, GeneratedEvent)>)
            [.. Batches.ForWorker(histories, c, clients).SelectMany(h => h.Events.Select(e => (h.Network, e))).Take((int)(totalEvents / clients))])];
}
