using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Observatory.Domain.EventStore;
using Observatory.Host.Access;
using Observatory.Host.Cli;
using Observatory.Host.Privacy;
using Observatory.Host.Projections;
using Observatory.Host.Publishing;
using Observatory.Host.Stores.Postgres;
using Observatory.Host.Web;

namespace Observatory.Benchmarks.Host;

/// <summary>
/// The real host, as <c>serve</c> builds it (ObservatoryWebApp: store, projection daemon, publisher on the in-memory
/// bus, access, API, dashboard), on a real Kestrel listener on 127.0.0.1 and a bench_* schema of the benchmark's
/// database. Two things differ from a default host, both said in docs/benchmarks.md: the per-credential rate limit is
/// lifted (600 requests a minute would cap a client at 10/s), and two trivial endpoints are mapped beside the real
/// ones, as the HTTP floor of the same server and pipeline.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    public const string EchoPath = "/bench/echo";
    public const string PingPath = "/bench/ping";

    private readonly WebApplication _app;
    private readonly PostgresCredentials _credentials;

    private BenchHost(WebApplication app, PostgresCredentials credentials, Uri address) =>
        (_app, _credentials, Address) = (app, credentials, address);

    public Uri Address { get; }

    public IEventStore Store => _app.Services.GetRequiredService<IEventStore>();

    /// <param name="publishedUpTo">The publisher starts at each network's head, as in a host that has been running: it
    /// publishes only what is appended while the figures are taken, not the loaded history.</param>
    public static async Task<BenchHost> StartAsync(string connectionString, string schema, bool publishedUpTo = true)
    {
        var options = new PostgresStoreOptions { ConnectionString = connectionString, Schema = schema };
        var credentials = new PostgresCredentials(connectionString, schema);
        await credentials.EnsureSchemaAsync();
        await using (var checkpoints = new PostgresPublisherCheckpoints(connectionString, schema))
        await using (var events = new PostgresEventStore(options))
        {
            await events.EnsureSchemaAsync();
            if (publishedUpTo)
                foreach (var network in await events.ListNetworksAsync())
                    await checkpoints.SaveAsync(network, new EventPublisherOptions().Subscription, await events.ReadHeadAsync(network));
        }
        var settings = new StoreSettings(StoreSettings.Postgres, Directory.CreateTempSubdirectory("observatory-bench-").FullName, connectionString);
        var app = ObservatoryWebApp.Build(settings, new BusSettings(), "http://127.0.0.1:0", builder =>
        {
            // The host's registrations, pointed at the bench schema (the last registration of a service wins).
            var services = builder.Services;
            services.AddSingleton<IEventStore>(_ => new PostgresEventStore(options));
            services.AddSingleton<IReadModelStore>(_ => new PostgresReadModelStore(options));
            services.AddSingleton<IPublisherCheckpoints>(_ => new PostgresPublisherCheckpoints(connectionString, schema));
            services.AddSingleton<ICredentialStore>(credentials);
            services.AddSingleton<IPersonKeys>(_ => new PostgresPersonKeys(connectionString, schema));
            services.AddSingleton(new AccessOptions { PermitsPerWindow = int.MaxValue, WindowSeconds = 1 });
        });
        app.MapPost(EchoPath, async (HttpRequest request) =>
        {
            using var body = await System.Text.Json.JsonDocument.ParseAsync(request.Body);
            return TypedResults.Created(EchoPath, new Echoed(body.RootElement.ValueKind.ToString()));
        }).AllowAnonymous();
        app.MapGet(PingPath, () => TypedResults.Ok(new Echoed("pong"))).AllowAnonymous();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new BenchHost(app, credentials, new Uri(address));
    }

    /// <summary>
    /// Waits until the host's daemon has loaded every network's read models and stands at their heads: a host that has
    /// just started reads and parses every state it follows once, which is start-up, not the steady state measured.
    /// </summary>
    public async Task<TimeSpan> WaitForDaemonAsync(IReadOnlyCollection<string> networks, TimeSpan timeout)
    {
        var daemon = _app.Services.GetRequiredService<ProjectionDaemon>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var status = daemon.Status;
            if (networks.All(n => daemon.Projections.All(p => status.Find(n, p.Name) is { Status: ReadModelStatus.Live, Lag: 0 })))
                return started.Elapsed;
            if (started.Elapsed > timeout)
                throw new TimeoutException($"The host's daemon did not reach every network's head within {timeout}.");
            await Task.Delay(200);
        }
    }

    /// <summary>A leader's key of the network, stored as <c>keys create</c> stores it (the hash only).</summary>
    public async Task<string> KeyAsync(string network)
    {
        var (key, keyId, hash) = ApiKeys.Generate(network);
        await _credentials.AddAsync(new Credential(network, keyId, Roles.Leader, null, DateTimeOffset.UtcNow, null), hash);
        return key;
    }

    public HttpClient Client(string key)
    {
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _credentials.DisposeAsync();
    }

    private sealed record Echoed(string Kind);
}
