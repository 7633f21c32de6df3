using System.CommandLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Observatory.Domain.EventStore;
using Observatory.Host.Publishing;
using Observatory.Host.Web;

namespace Observatory.Host.Cli;

/// <summary>
/// <c>observatory serve</c>: loads the report's network on first start (through the import path), then runs the web
/// endpoints, the projection daemon and the publisher until stopped.
/// </summary>
public static class ServeVerb
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(VerbContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("OBSERVATORY_URLS") ?? DefaultUrls,
        };
        var bus = new Option<string>("--bus")
        {
            Description = "in-memory (default, no server) or rabbitmq",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("OBSERVATORY_BUS") ?? BusSettings.InMemory,
        };
        bus.AcceptOnlyFromAmong(BusSettings.InMemory, BusSettings.RabbitMq);
        var rabbit = new Option<string?>("--rabbitmq")
        {
            Description = "AMQP URI of RabbitMQ (or env OBSERVATORY_RABBITMQ)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("OBSERVATORY_RABBITMQ"),
        };
        var exchange = new Option<string>("--exchange")
        {
            Description = "The exchange events are published to",
            DefaultValueFactory = _ => BusSettings.DefaultExchange,
        };
        var noSeed = new Option<bool>("--no-seed") { Description = "Do not load the report's network on first start" };
        var command = new Command("serve", "Serve the observatory: HTTP endpoints, projection daemon and publisher")
        {
            Options = { urls, bus, rabbit, exchange, noSeed },
        };
        command.SetAction((result, cancellationToken) => context.GuardAsync("serve", async () =>
        {
            var busSettings = new BusSettings { Transport = result.GetValue(bus)!, RabbitMqUri = result.GetValue(rabbit), Exchange = result.GetValue(exchange)! };
            if (busSettings.Transport == BusSettings.RabbitMq && string.IsNullOrWhiteSpace(busSettings.RabbitMqUri))
                throw new CliException("--rabbitmq", "is required with --bus rabbitmq (or set OBSERVATORY_RABBITMQ)");
            return await RunAsync(context, context.Settings(result), busSettings, result.GetValue(urls)!, !result.GetValue(noSeed), cancellationToken);
        }));
        return command;
    }

    /// <summary>The executable without a verb: serve with the defaults (or the OBSERVATORY_* environment).</summary>
    public static Task<int> ExecuteDefaultAsync(VerbContext context, ParseResult result, CancellationToken cancellationToken) =>
        context.GuardAsync("serve", () =>
        {
            var bus = new BusSettings
            {
                Transport = Environment.GetEnvironmentVariable("OBSERVATORY_BUS") ?? BusSettings.InMemory,
                RabbitMqUri = Environment.GetEnvironmentVariable("OBSERVATORY_RABBITMQ"),
            };
            var urls = Environment.GetEnvironmentVariable("OBSERVATORY_URLS") ?? DefaultUrls;
            return RunAsync(context, context.Settings(result), bus, urls, seed: true, cancellationToken);
        });

    public static async Task<int> RunAsync(VerbContext context, StoreSettings settings, BusSettings bus, string urls, bool seed, CancellationToken cancellationToken)
    {
        await using var app = ObservatoryWebApp.Build(settings, bus, urls);
        var store = app.Services.GetRequiredService<IEventStore>();
        if (seed && !await SeedAsync(context, store, cancellationToken)) return 1;

        await app.StartAsync(cancellationToken);
        // The server's own list has the real port when --urls asked for port 0.
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? urls;
        await context.Output.WriteLineAsync($"Observatory is serving from {settings.Describe()}, bus {bus.Transport}.");
        await context.Output.WriteLineAsync($"Dashboard: {address}/");
        await context.Output.WriteLineAsync($"Health:    {address}/health");
        await context.Output.WriteLineAsync("Press Ctrl+C to stop.");
        try
        {
            await app.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        await app.StopAsync(CancellationToken.None);
        return 0;
    }

    private static async Task<bool> SeedAsync(VerbContext context, IEventStore store, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(RunVerb.SeedFile);
        var report = await ImportVerb.ImportFileAsync(store, reader, "seed", context, cancellationToken);
        return report.Succeeded;
    }
}
