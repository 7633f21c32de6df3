using System.Diagnostics;
using Observatory.Benchmarks.Host;
using Observatory.Benchmarks.Postgres;
using Observatory.Benchmarks.Reporting;
using Observatory.Host.Generation;
using Observatory.Host.Projections;
using Observatory.Host.Stores.Postgres;
using Observatory.Projections;

namespace Observatory.Benchmarks.Dataset;

/// <summary>
/// As-of replays of one network of about 10k events, through the real host: the dashboard page as of a position
/// (its 8 projections folded in memory from the log) and a projection view through the API as of a position or a
/// business date, one request at a time. The raw limit: one streaming SELECT of the same 10k rows.
/// </summary>
internal sealed class AsOfSuite(PgDatabase database, BenchOptions options, Action<string> progress)
{
    private const string Store = "PostgreSQL";
    private const string Schema = "bench_asof";

    public async Task RunAsync(ResultTable table)
    {
        var history = HistoryGenerator.Generate(options.Seed + 1, 1, options.AsOfEvents)[0];
        var network = history.Network;
        var events = history.Events.Count;
        await database.DropSchemaAsync(Schema);
        var storeOptions = new PostgresStoreOptions { ConnectionString = database.ConnectionString, Schema = Schema };
        await using (var store = new PostgresEventStore(storeOptions))
        await using (var readModels = new PostgresReadModelStore(storeOptions))
        {
            await store.EnsureSchemaAsync();
            await StoreRuns.ImportAsync(store, [history], 1);
            await readModels.EnsureSchemaAsync();
            await new ProjectionDaemon(store, readModels, ProjectionCatalog.All).CatchUpOnceAsync();
        }
        var raw = new PgRaw(database.ConnectionString);
        var rawTimes = new List<double>();
        var rawCpu = CpuSnapshot.Take();
        var rawWatch = Stopwatch.StartNew();
        for (var i = 0; i < options.AsOfQueries; i++)
            rawTimes.Add((await raw.StreamingReadAsync(Schema, [history])).Elapsed.TotalMilliseconds);
        var rawRead = new Rate(options.AsOfQueries, rawWatch.Elapsed, new Latencies(rawTimes, showP95: true), CpuSnapshot.Take() - rawCpu);
        progress($"asof: raw read of {events:N0} rows: {ResultTable.Describe(rawRead)}");

        var host = await BenchHost.StartAsync(database.ConnectionString, Schema);
        try
        {
            await MeasureAsync(table, host, history, rawRead);
        }
        finally
        {
            await host.DisposeAsync();
        }
        await database.DropSchemaAsync(Schema);
    }

    private async Task MeasureAsync(ResultTable table, BenchHost host, NetworkHistory history, Rate rawRead)
    {
        var network = history.Network;
        var events = history.Events.Count;
        using var client = host.Client(await host.KeyAsync(network));
        var random = new Random(options.Seed);
        var positions = Enumerable.Range(0, options.AsOfQueries).Select(_ => random.NextInt64(events / 10, events + 1)).ToArray();
        var first = DateOnly.FromDateTime(history.Events[0].Event.OccurredOn.UtcDateTime);
        var days = Enumerable.Range(0, options.AsOfQueries).Select(_ => first.AddDays(random.Next(365, 3650)).ToString("yyyy-MM-dd")).ToArray();
        var projections = ProjectionCatalog.All.Select(p => p.Name).ToArray();
        HttpClient[] one = [client];
        await QueryRuns.GetAsync(one, 3, (_, i) => (client, $"/networks/{network}?at={positions[i]}"));

        var page = await Step("dashboard page as of a position", () =>
            QueryRuns.GetAsync(one, options.AsOfQueries, (_, i) => (client, $"/networks/{network}?at={positions[i]}"), options.QueryBudget));
        table.Add(Store, $"as-of dashboard page (8 projections replayed from the log), network of {events:N0} events, 1 client", page,
            rawRead, $"one streaming SELECT of the network's {events:N0} rows, per read");
        var view = await Step("API view as of a position", () =>
            QueryRuns.GetAsync(one, options.AsOfQueries, (_, i) => (client, $"/api/v1/networks/{network}/views/{projections[i % projections.Length]}?at={positions[i]}"), options.QueryBudget));
        table.Add(Store, $"as-of projection view via the API (?at=position, each projection in turn), {events:N0} events", view,
            rawRead, $"one streaming SELECT of the network's {events:N0} rows, per read");
        var happened = await Step("API view as of a business date", () =>
            QueryRuns.GetAsync(one, options.AsOfQueries, (_, i) => (client, $"/api/v1/networks/{network}/views/{projections[i % projections.Length]}?happened-by={days[i]}"), options.QueryBudget));
        table.Add(Store, $"as-of projection view via the API (?happened-by=date, two passes), {events:N0} events", happened,
            rawRead, $"one streaming SELECT of the network's {events:N0} rows, per read");
    }

    private async Task<Rate> Step(string what, Func<Task<Rate>> run)
    {
        var rate = await run();
        progress($"asof: {what}: {rate.Events:N0} requests in {rate.Elapsed.TotalSeconds:0.0} s = {ResultTable.Describe(rate)}");
        return rate;
    }
}
