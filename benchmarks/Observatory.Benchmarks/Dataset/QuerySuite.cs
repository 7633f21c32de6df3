using Observatory.Benchmarks.Host;
using Observatory.Benchmarks.Lag;
using Observatory.Benchmarks.Reporting;
using Observatory.Projections;

namespace Observatory.Benchmarks.Dataset;

/// <summary>
/// Live queries at the data set's size (1M events by default) through the real host, while a background writer
/// appends single events at a steady rate (which the host's daemon folds into the read models as they are read):
/// the network dashboard page and a projection view through the API, from 2 concurrent readers over random networks.
/// The raw limit: a trivial GET on the same Kestrel and pipeline, with the same key, under the same writer.
/// </summary>
internal sealed class QuerySuite(PgDataset dataset, BenchOptions options, Action<string> progress)
{
    private const string Store = "PostgreSQL";
    private const int Readers = 2;

    public async Task RunAsync(ResultTable table)
    {
        var store = await dataset.StoreAsync();
        await dataset.BuildReadModelsAsync();
        var networks = dataset.Networks.Select(n => n.Network).ToList();
        var host = await BenchHost.StartAsync(dataset.StoreOptions.ConnectionString, PgDataset.Schema);
        try
        {
            var keys = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
            foreach (var network in networks)
                keys[network] = host.Client(await host.KeyAsync(network));
            var random = new Random(options.Seed);
            var picks = Enumerable.Range(0, options.Queries).Select(_ => networks[random.Next(networks.Count)]).ToArray();
            var projections = ProjectionCatalog.All.Select(p => p.Name).ToArray();
            var readers = Enumerable.Range(0, Readers).Select(_ => keys[networks[0]]).ToList();
            var perReader = options.Queries / Readers;
            (HttpClient, string) Page(int r, int i) { var n = picks[(r * perReader + i) % picks.Length]; return (keys[n], $"/networks/{n}"); }
            (HttpClient, string) View(int r, int i) { var n = picks[(r * perReader + i) % picks.Length]; return (keys[n], $"/api/v1/networks/{n}/views/{projections[i % projections.Length]}"); }
            (HttpClient, string) Ping(int r, int i) => (keys[picks[(r * perReader + i) % picks.Length]], BenchHost.PingPath);

            var loaded = await host.WaitForDaemonAsync(networks, TimeSpan.FromMinutes(10));
            progress($"query: the host's daemon loaded every network's read models in {loaded.TotalSeconds:0.0} s (start-up, not measured)");

            // Warm-up without the writer: JIT, connections.
            await QueryRuns.GetAsync(readers, 5, Page);
            await QueryRuns.GetAsync(readers, 5, View);

            var writer = new PacedWriter(store, networks, options.SteadyRate);
            using var stop = new CancellationTokenSource();
            var writingFor = System.Diagnostics.Stopwatch.StartNew();
            var writing = writer.RunAsync(TimeSpan.FromHours(1), stop.Token);
            Rate ping, page, view;
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(options.Smoke ? 0.1 : 2));
                ping = await Step("raw: trivial GET, same Kestrel", () => QueryRuns.GetAsync(readers, perReader, Ping, options.QueryBudget));
                page = await Step("dashboard page", () => QueryRuns.GetAsync(readers, perReader, Page, options.QueryBudget));
                view = await Step("projection view via the API", () => QueryRuns.GetAsync(readers, perReader, View, options.QueryBudget));
            }
            finally
            {
                await stop.CancelAsync();
                await writing;
            }
            var achieved = writer.Count / writingFor.Elapsed.TotalSeconds;
            progress($"query: the background writer appended {writer.Count:N0} events meanwhile ({achieved:N0}/s)");
            var size = $"{dataset.Events:N0} events, {networks.Count} networks, writer at {options.SteadyRate:N0} events/s asked ({achieved:N0}/s achieved)";
            LatencyTarget[] targets = [new(95, 30), new(99, 100)];
            table.Add(Store, $"dashboard page of a network (live read models), {size}, {Readers} readers", page, ping,
                "trivial GET on the same Kestrel and pipeline, same key, same writer", latency: targets);
            table.Add(Store, $"projection view via the API (live, each projection in turn), {size}, {Readers} readers", view, ping,
                "trivial GET on the same Kestrel and pipeline, same key, same writer", latency: targets);
            foreach (var client in keys.Values)
                client.Dispose();
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private async Task<Rate> Step(string what, Func<Task<Rate>> run)
    {
        var rate = await run();
        progress($"query: {what}: {rate.Events:N0} requests in {rate.Elapsed.TotalSeconds:0.0} s = {ResultTable.Describe(rate)}");
        return rate;
    }
}
