using Observatory.Benchmarks.Postgres;
using Observatory.Benchmarks.Reporting;
using Observatory.Host.Generation;
using Observatory.Host.Projections;
using Observatory.Host.Stores.Postgres;
using Observatory.Projections;

namespace Observatory.Benchmarks.Dataset;

/// <summary>
/// The log the replay and query figures read: --dataset-events (default --events, 1M) generated events over 200
/// networks, loaded once per run into the schema bench_dataset through the store's import path, and its read models,
/// built once by the projection daemon's catch-up (measured by the replay group as the persisted rebuild).
/// </summary>
internal sealed class PgDataset(PgDatabase database, BenchOptions options, Action<string> progress) : IAsyncDisposable
{
    public const string Schema = "bench_dataset";

    private PostgresEventStore? _store;
    private Rate? _rebuild;

    /// <summary>The data set's networks and their sizes; the generated events themselves are not kept once loaded.</summary>
    public IReadOnlyList<DatasetNetwork> Networks { get; private set; } = [];

    public long Events { get; private set; }

    public PostgresStoreOptions StoreOptions => new() { ConnectionString = database.ConnectionString, Schema = Schema };

    public async Task<PostgresEventStore> StoreAsync()
    {
        if (_store is not null)
            return _store;
        progress($"dataset: generating {options.DatasetEvents:N0} events over {options.DatasetNetworks} networks");
        await database.DropSchemaAsync(Schema);
        _store = new PostgresEventStore(StoreOptions);
        await _store.EnsureSchemaAsync();
        // Generated and loaded a few networks at a time and then dropped, so the process's memory (which the replay's
        // peak RSS includes) holds the data set's networks only while they are loaded, at any size.
        var networks = new List<DatasetNetwork>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        const int chunk = 8;
        for (var first = 0; first < options.DatasetNetworks; first += chunk)
        {
            var histories = HistoryGenerator.Generate(options.Seed, first, Math.Min(chunk, options.DatasetNetworks - first),
                options.DatasetNetworks, options.DatasetEvents);
            await StoreRuns.ImportAsync(_store, histories, 2);
            networks.AddRange(histories.Select(h => new DatasetNetwork(h.Network, h.Events.Count)));
        }
        Networks = networks;
        Events = networks.Sum(n => (long)n.Events);
        GC.Collect();
        progress($"dataset: generated and loaded {Events:N0} events into {Schema} in {started.Elapsed.TotalSeconds:0.0} s");
        return _store;
    }

    /// <summary>
    /// Every registered projection of every network built from position 0 and committed with its checkpoints, by the
    /// daemon's own catch-up (what a first start does, and what <c>rebuild</c> runs for one projection). Runs once;
    /// later calls return the first measurement.
    /// </summary>
    public async Task<Rate> BuildReadModelsAsync()
    {
        if (_rebuild is not null)
            return _rebuild;
        var store = await StoreAsync();
        await using var readModels = new PostgresReadModelStore(StoreOptions);
        await readModels.EnsureSchemaAsync();
        var daemon = new ProjectionDaemon(store, readModels, ProjectionCatalog.All);
        var memory = Memory.Start();
        var rate = await Measure.WorkersAsync(1, async _ =>
        {
            var status = await daemon.CatchUpOnceAsync();
            var behind = status.Projections.Where(p => p.Lag > 0 || p.ParkedEvents > 0).ToList();
            if (behind.Count > 0)
                throw new InvalidOperationException($"The rebuild left {behind.Count} read model(s) behind or with parked events, e.g. {behind[0]}.");
            return Events;
        });
        _rebuild = rate with { Note = memory.Describe(Events) };
        progress($"dataset: read models built in {rate.Elapsed.TotalSeconds:0.0} s = {ResultTable.Describe(_rebuild)}");
        return _rebuild;
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
            await _store.DisposeAsync();
        await database.DropSchemaAsync(Schema);
    }
}

/// <summary>A network of the data set and how many events it holds.</summary>
internal sealed record DatasetNetwork(string Network, int Events);
