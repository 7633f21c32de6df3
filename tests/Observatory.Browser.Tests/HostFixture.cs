using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Observatory.Host.Access;
using Observatory.Host.Cli;
using Observatory.Host.Publishing;

namespace Observatory.Browser.Tests;

/// <summary>
/// The real host, as <c>dotnet run --project src/Observatory.Host</c> starts it (embedded SQLite, in-memory bus, the
/// report's network seeded), in-process on a free port, once for every test of the collection. Ready when every read
/// model has caught up with the log, so live pages show the whole seed.
/// </summary>
public sealed class HostFixture : IAsyncLifetime
{
    public const string Network = "migration-in-local-governments";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("observatory-browser-").FullName;
    private readonly CancellationTokenSource _stop = new();
    private Task<int>? _serving;

    public string Address { get; } = $"http://127.0.0.1:{FreePort()}";

    /// <summary>The network's pages need a credential of the network: the leader's key, made with the real keys verb.</summary>
    public HttpClient Http { get; private set; } = null!;

    public string LeaderKey { get; private set; } = "";

    /// <summary>A key made with the real <c>keys create</c> verb; a representative's names their partner.</summary>
    public async Task<string> CreateKeyAsync(string role, string? partner = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = ["keys", "create", "--network", Network, "--role", role, "--data", _dataDirectory];
        var exit = await ObservatoryCli.RunAsync(partner is null ? args : [.. args, "--partner", partner], output, error, TimeProvider.System);
        return exit == 0 ? output.ToString().Trim() : throw new InvalidOperationException($"keys create failed: {error}");
    }

    public async Task InitializeAsync()
    {
        var context = new VerbContext(TextWriter.Synchronized(new StringWriter()), TextWriter.Synchronized(new StringWriter()), TimeProvider.System,
            _ => throw new InvalidOperationException("The browser tests pass their store settings directly."));
        _serving = ServeVerb.RunAsync(context, new StoreSettings(StoreSettings.Sqlite, _dataDirectory, null), new BusSettings(), Address, seed: true, _stop.Token);
        Http = new HttpClient { BaseAddress = new Uri(Address), Timeout = TimeSpan.FromSeconds(10) };
        await WaitForCaughtUpAsync();
        LeaderKey = await CreateKeyAsync(Roles.Leader);
        Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", LeaderKey);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _stop.CancelAsync();
        if (_serving is not null)
            await _serving;
        _stop.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { }
    }

    private async Task WaitForCaughtUpAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (_serving!.IsCompleted)
                throw new InvalidOperationException($"The host stopped during start-up with exit code {await _serving}.");
            try
            {
                using var response = await Http.GetAsync("/health");
                var projections = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("projections").GetProperty("projections");
                if (projections.GetArrayLength() > 0 && projections.EnumerateArray().All(p => p.GetProperty("lag").GetInt64() == 0 && p.GetProperty("position").GetInt64() > 0))
                    return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The host did not catch up with its log within 30 s.");
            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "the real host";
}

/// <summary>A host of its own for the specs that record: the golden pages of the shared host keep the report's numbers.</summary>
[CollectionDefinition(Name)]
public sealed class RecordingHostCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "a real host to record in";
}
