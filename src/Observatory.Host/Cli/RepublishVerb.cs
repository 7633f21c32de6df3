using System.CommandLine;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Observatory.Domain.EventStore;
using Observatory.Host.Publishing;
using Observatory.Host.Web;

namespace Observatory.Host.Cli;

/// <summary>
/// <c>observatory republish</c>: the administrator's replay for a subscriber that needs a range of the log again.
/// The events go out with their original message ids (subscribers that have them drop them) and a "republished"
/// header; the publisher's checkpoint is not touched.
/// </summary>
public static class RepublishVerb
{
    public static Command Create(VerbContext context)
    {
        var network = new Option<string>("--network") { Description = "The network", Required = true };
        var from = new Option<long>("--from") { Description = "First position to publish again (1 or more)", Required = true };
        var to = new Option<long?>("--to") { Description = "Last position (default: the head)" };
        var rabbit = new Option<string?>("--rabbitmq")
        {
            Description = "AMQP URI of RabbitMQ (or env OBSERVATORY_RABBITMQ)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("OBSERVATORY_RABBITMQ"),
        };
        var exchange = new Option<string>("--exchange")
        {
            Description = "The exchange subscribers bind to",
            DefaultValueFactory = _ => BusSettings.DefaultExchange,
        };
        var command = new Command("republish", "Publish a range of a network's log to RabbitMQ again")
        {
            Options = { network, from, to, rabbit, exchange },
        };
        command.SetAction((result, cancellationToken) => context.GuardAsync("republish", async () =>
        {
            var name = result.GetValue(network)!;
            if (!StreamNames.IsValidNetwork(name)) throw new CliException("--network", "must be a lowercase slug");
            var first = result.GetValue(from);
            if (first < 1) throw new CliException("--from", "must be 1 or more");
            var uri = result.GetValue(rabbit);
            if (string.IsNullOrWhiteSpace(uri)) throw new CliException("--rabbitmq", "is required (or set OBSERVATORY_RABBITMQ)");

            await using var services = new ServiceCollection()
                .AddObservatoryStore(context.Settings(result))
                .AddEventPublishing(new BusSettings { Transport = BusSettings.RabbitMq, RabbitMqUri = uri, Exchange = result.GetValue(exchange)! })
                .BuildServiceProvider();
            var store = services.GetRequiredService<IEventStore>();
            var last = result.GetValue(to) ?? await store.ReadHeadAsync(name, cancellationToken);
            if (last < first) throw new CliException("--to", $"must not be before --from ({first}); the head of '{name}' is {await store.ReadHeadAsync(name, cancellationToken)}");

            var bus = services.GetRequiredService<IBusControl>();
            await bus.StartAsync(cancellationToken);
            try
            {
                var sent = await services.GetRequiredService<EventPublisher>().RepublishAsync(name, first, last, cancellationToken);
                await context.Output.WriteLineAsync($"republish: {sent.Count} event(s) of '{name}' published again (positions {sent.FirstPosition} to {sent.LastPosition})");
            }
            finally
            {
                await bus.StopAsync(CancellationToken.None);
            }
            return 0;
        }));
        return command;
    }
}
