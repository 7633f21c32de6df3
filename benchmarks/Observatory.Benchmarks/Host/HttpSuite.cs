using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Observatory.Benchmarks.Postgres;
using Observatory.Benchmarks.Reporting;
using Observatory.Domain.Serialization;
using Observatory.Domain.Sharing;
using Observatory.Host.Generation;
using Observatory.Host.Stores.Postgres;

namespace Observatory.Benchmarks.Host;

/// <summary>
/// Single-event commands over HTTP against PostgreSQL: 32 clients, each a leader of its own network, each command a
/// practice shared in a new stream, with an Idempotency-Key and If-Match: "0", answered 201 after the append. The raw
/// limits of the same run: a trivial endpoint on the same Kestrel and pipeline, and the store's own single append
/// from 32 clients (no HTTP, no decision), on a fresh schema.
/// </summary>
internal sealed class HttpSuite(PgDatabase database, BenchOptions options, Action<string> progress)
{
    private const string Store = "PostgreSQL";
    private const string Schema = "bench_http";
    private const int Clients = 32;

    public async Task RunAsync(ResultTable table)
    {
        // 32 small networks: founding, partners, representatives, a few years of facts (~300 events each).
        var histories = HistoryGenerator.Generate(options.Seed, Clients, Clients * 300L);
        await database.DropSchemaAsync(Schema);
        await using (var store = new PostgresEventStore(new PostgresStoreOptions { ConnectionString = database.ConnectionString, Schema = Schema }))
        {
            await store.EnsureSchemaAsync();
            await StoreRuns.ImportAsync(store, histories, 2);
        }
        var perClient = (int)(options.HttpCommands / Clients);
        await using (var host = await BenchHost.StartAsync(database.ConnectionString, Schema))
        {
            var clients = new HttpClient[Clients];
            for (var c = 0; c < Clients; c++)
                clients[c] = host.Client(await host.KeyAsync(histories[c].Network));
            try
            {
                // Warm-up: JIT, connections, each network's ledger folded once. Not measured.
                await CommandsAsync(clients, histories, "w", Math.Max(2, perClient / 20));
                await EchoAsync(clients, Math.Max(2, perClient / 20));

                var echo = await Step("raw: trivial POST endpoint, same Kestrel, 32 clients", () => EchoAsync(clients, perClient));
                var commands = await Step($"HTTP commands, {Clients} clients", () => CommandsAsync(clients, histories, "m", perClient));
                table.Add(Store, $"HTTP single-event command (201 after append), {Clients} clients", commands, echo,
                    "trivial POST on the same Kestrel and pipeline: body parsed, 201", target: 2_000, latency: [new LatencyTarget(99, 25)]);
            }
            finally
            {
                foreach (var client in clients)
                    client.Dispose();
            }
        }
        await database.DropSchemaAsync(Schema);

        // The store's single append with the same 32 clients, in this run, for the ratio HTTP / store.
        const string storeSchema = "bench_http_store";
        var singles = StoreRuns.SplitForClients(HistoryGenerator.Generate(options.Seed, Clients * 2, options.HttpCommands * 2), Clients, options.HttpCommands);
        Rate storeRate;
        await using (var store = new PostgresEventStore(new PostgresStoreOptions { ConnectionString = database.ConnectionString, Schema = storeSchema }))
        {
            await store.EnsureSchemaAsync();
            storeRate = await Step($"store single appends, {Clients} clients (for the HTTP ratio)", () => StoreRuns.SinglesAsync(store, singles));
        }
        await database.DropSchemaAsync(storeSchema);
        var last = table.Find(Store, $"HTTP single-event command (201 after append), {Clients} clients");
        if (last is not null)
            table.Add(Store, $"  HTTP single-event command vs the store's single append, {Clients} clients", last.Observatory, storeRate,
                "IEventStore.AppendAsync, 1 event, 32 clients, no HTTP, same run");
    }

    private static Task<Rate> EchoAsync(HttpClient[] clients, int perClient) =>
        Measure.TimedWorkersAsync(clients.Length, async (c, times) =>
        {
            var body = Body(0);
            for (var i = 0; i < perClient; i++)
            {
                await Measure.TimeAsync(times, async () =>
                {
                    using var request = Request(BenchHost.EchoPath, body, Guid.CreateVersion7().ToString(), "\"0\"");
                    using var response = await clients[c].SendAsync(request);
                    await ExpectAsync(response, HttpStatusCode.Created);
                });
            }
            return perClient;
        });

    private static Task<Rate> CommandsAsync(HttpClient[] clients, IReadOnlyList<NetworkHistory> histories, string run, int perClient) =>
        Measure.TimedWorkersAsync(clients.Length, async (c, times) =>
        {
            var network = histories[c].Network;
            for (var i = 0; i < perClient; i++)
            {
                var body = Body(i);
                var path = $"/api/v1/networks/{network}/streams/practice-{run}{c}-{i}/practice-shared";
                await Measure.TimeAsync(times, async () =>
                {
                    using var request = Request(path, body, Guid.CreateVersion7().ToString(), "\"0\"");
                    using var response = await clients[c].SendAsync(request);
                    await ExpectAsync(response, HttpStatusCode.Created);
                });
            }
            return perClient;
        });

    private static string Body(int i)
    {
        var (_, _, data) = EventSerializer.Serialize(new PracticeShared($"Language café no. {i}", [ThematicArea.Education], "partner-01",
            TargetGroup: "newcomers", Summary: "Recorded through the command API by the benchmark."));
        return $$"""{"data":{{data}}}""";
    }

    private static HttpRequestMessage Request(string path, string body, string idempotencyKey, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    public static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode}, expected {(int)status}: "
                + await response.Content.ReadAsStringAsync());
    }

    private async Task<Rate> Step(string what, Func<Task<Rate>> run)
    {
        var rate = await run();
        progress($"http: {what}: {rate.Events:N0} in {rate.Elapsed.TotalSeconds:0.0} s = {ResultTable.Describe(rate)}");
        return rate;
    }
}
