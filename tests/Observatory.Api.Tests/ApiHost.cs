using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Observatory.Domain.EventStore;
using Observatory.Host.Access;
using Observatory.Host.Cli;
using Observatory.Host.Importing;
using Observatory.Host.Publishing;
using Observatory.Host.Web;

namespace Observatory.Api.Tests;

/// <summary>
/// The real host (ObservatoryWebApp, as <c>serve</c> builds it) on a free loopback port, over a store seeded with the
/// report's network. Keys are made with the real <c>keys create</c> verb, against the same database.
/// </summary>
public class ApiHost : IAsyncLifetime
{
    public const string Network = "migration-in-local-governments";

    private readonly string _directory = Directory.CreateTempSubdirectory("observatory-api-").FullName;
    private WebApplication? _app;

    protected virtual StoreSettings Settings => new(StoreSettings.Sqlite, _directory, null);

    protected virtual int PermitsPerWindow => 10_000;

    /// <summary>Limits beyond the per-credential one; the anonymous feedback form's is generous here unless a host narrows it.</summary>
    protected virtual AccessOptions Access(AccessOptions options)
    {
        options.PublicFeedbackPermits = 10_000;
        return options;
    }

    public Uri Address { get; private set; } = null!;

    public IEventStore Store => _app!.Services.GetRequiredService<IEventStore>();

    public IServiceProvider Services => _app!.Services;

    /// <summary>The embedded store's folder (SQLite file, WAL, data-protection keys).</summary>
    public string DataDirectory => _directory;

    /// <summary>Stops the host and closes its connections, so a test can read the database files whole.</summary>
    public async Task StopAsync()
    {
        if (_app is null)
            return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public virtual async Task InitializeAsync()
    {
        _app = ObservatoryWebApp.Build(Settings, new BusSettings(), "http://127.0.0.1:0",
            builder => builder.Services.AddSingleton(Access(new AccessOptions { PermitsPerWindow = PermitsPerWindow, WindowSeconds = 30 })));
        using (var reader = new StreamReader(RunVerb.SeedFile))
        {
            var report = await new Importer(Store, TimeProvider.System).ImportAsync(reader, "seed");
            Assert.Empty(report.Errors);
        }
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    /// <summary>Creates a key with the real verb; returns the key it printed once.</summary>
    public async Task<string> KeyAsync(string role, string network = Network, string? partner = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = ["keys", "create", "--network", network, "--role", role, .. partner is null ? Array.Empty<string>() : ["--partner", partner], .. StoreArgs()];
        var exit = await ObservatoryCli.RunAsync(args, output, error, TimeProvider.System);
        Assert.True(exit == 0, error.ToString());
        return output.ToString().Trim();
    }

    public async Task<(int Exit, string Output, string Error)> RunVerbAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await ObservatoryCli.RunAsync([.. args, .. StoreArgs()], output, error, TimeProvider.System);
        return (exit, output.ToString(), error.ToString());
    }

    public string[] StoreArgs() => Settings.Kind == StoreSettings.Postgres
        ? ["--store", "postgres", "--postgres", Settings.PostgresConnectionString!]
        : ["--data", _directory];

    public HttpClient Client(string? key = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(20) };
        if (key is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public Task<long> HeadAsync(string network = Network) => Store.ReadHeadAsync(network);

    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
