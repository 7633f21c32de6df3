using System.CommandLine;
using Observatory.Domain.EventStore;
using Observatory.Host.Log;

namespace Observatory.Host.Cli;

/// <summary><c>observatory summary</c>: per network, how many events of which types and streams the log holds.</summary>
public static class SummaryVerb
{
    public static Command Create(VerbContext context)
    {
        var network = new Option<string?>("--network") { Description = "Only this network" };
        var command = new Command("summary", "Summarise what is in the log") { Options = { network } };
        command.SetAction((result, cancellationToken) => context.GuardAsync("summary", async () =>
        {
            var settings = context.Settings(result);
            await using var store = (IAsyncDisposable)settings.Open();
            await PrintAsync((IEventStore)store, result.GetValue(network), settings, context.Output, cancellationToken);
            return 0;
        }));
        return command;
    }

    public static async Task PrintAsync(IEventStore store, string? onlyNetwork, StoreSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"Store: {settings.Describe()}");
        var networks = onlyNetwork is null ? await store.ListNetworksAsync(cancellationToken) : [onlyNetwork];
        if (networks.Count == 0) await output.WriteLineAsync("The log is empty.");
        foreach (var network in networks)
        {
            var byType = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var streams = new HashSet<string>(StringComparer.Ordinal);
            long head = 0;
            DateTimeOffset? first = null, last = null;
            await foreach (var e in store.ReadLogAsync(network, 0, cancellationToken))
            {
                byType[e.Type] = byType.GetValueOrDefault(e.Type) + 1;
                streams.Add(e.Stream);
                head = e.Position;
                first = first is null || e.OccurredOn < first ? e.OccurredOn : first;
                last = last is null || e.OccurredOn > last ? e.OccurredOn : last;
            }
            await output.WriteLineAsync($"Network '{network}': {head} events in {streams.Count} streams, occurred {first:yyyy-MM-dd} to {last:yyyy-MM-dd}");
            foreach (var (type, count) in byType)
                await output.WriteLineAsync($"  {count,5}  {type}");
        }
    }
}
