using Observatory.Benchmarks.Postgres;
using Observatory.Benchmarks.Reporting;
using Observatory.Host.Api;
using Observatory.Projections;
using Observatory.Projections.Replay;

namespace Observatory.Benchmarks.Dataset;

/// <summary>
/// Replays: every projection from position 0 in memory, network by network, as the API's and the dashboard's replays
/// do it (the network's log read through the store and deserialised, then <see cref="Replays.RunAll"/> over the
/// catalogue), beside one streaming SELECT of the same rows; then the persisted rebuild through the daemon.
/// </summary>
internal sealed class ReplaySuite(PgDataset dataset, string connectionString, Action<string> progress)
{
    private const string Store = "PostgreSQL";

    public async Task RunAsync(ResultTable table)
    {
        var store = await dataset.StoreAsync();
        var networks = dataset.Networks;
        var raw = new PgRaw(connectionString);
        var rawRead = await Step("raw streaming read of the same rows", () => raw.StreamingReadAsync(PgDataset.Schema, [.. networks.Select(n => n.Network)]));

        var memory = Memory.Start();
        var replay = await Step("in-memory replay of every projection", () => Measure.WorkersAsync(1, async _ =>
        {
            long count = 0;
            foreach (var network in networks)
            {
                var log = await ViewEndpoints.LoadAsync(store, network.Network, CancellationToken.None);
                var states = Replays.RunAll(ProjectionCatalog.All, log, AsOf.Now);
                if (states.Length != ProjectionCatalog.All.Count || log.Count != network.Events)
                    throw new InvalidOperationException($"{network.Network}: replayed {log.Count} events of {network.Events}.");
                count += log.Count;
            }
            return count;
        }));
        replay = replay with { Note = memory.Describe(replay.Events) };
        table.Add(Store, $"replay all {ProjectionCatalog.All.Count} projections in memory from position 0, 1 worker ({dataset.Events:N0} events)", replay,
            rawRead, "one streaming SELECT per network of the same rows, every column decoded", target: 250_000, ratioTarget: 0.5);

        var rebuild = await dataset.BuildReadModelsAsync();
        table.Add(Store, $"persisted rebuild: daemon catch-up of all {ProjectionCatalog.All.Count} read models + checkpoints from 0", rebuild,
            rawRead, "one streaming SELECT per network of the same rows", target: 50_000);
    }

    private async Task<Rate> Step(string what, Func<Task<Rate>> run)
    {
        var rate = await run();
        progress($"replay: {what}: {rate.Events:N0} events in {rate.Elapsed.TotalSeconds:0.0} s = {ResultTable.Describe(rate)}");
        return rate;
    }
}
