using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Observatory.Domain.EventStore;
using Observatory.Host.Log;

namespace Observatory.Host.Cli;

/// <summary><c>observatory events</c>: prints the log, filtered by network, stream and type; as text or as importable JSON Lines.</summary>
public static class EventsVerb
{
    public static Command Create(VerbContext context)
    {
        var network = new Option<string?>("--network") { Description = "Only this network (default: every network)" };
        var stream = new Option<string?>("--stream") { Description = "Only this stream" };
        var type = new Option<string[]>("--type") { Description = "Only these event types (repeatable)", AllowMultipleArgumentsPerToken = true };
        var after = new Option<long>("--after") { Description = "Only events after this position", DefaultValueFactory = _ => 0 };
        var limit = new Option<int?>("--limit") { Description = "At most this many events" };
        var format = new Option<string>("--format") { Description = "text (default) or jsonl (the import format, with ids and metadata)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "jsonl");
        var command = new Command("events", "Print what is in the log")
        {
            Options = { network, stream, type, after, limit, format },
        };
        command.SetAction((result, cancellationToken) => context.GuardAsync("events", async () =>
        {
            var settings = context.Settings(result);
            await using var store = (IAsyncDisposable)settings.Open();
            var eventStore = (IEventStore)store;
            var networks = result.GetValue(network) is { } one ? [one] : await eventStore.ListNetworksAsync(cancellationToken);
            var types = result.GetValue(type) is { Length: > 0 } t ? t.ToHashSet(StringComparer.Ordinal) : null;
            var max = result.GetValue(limit) ?? int.MaxValue;
            var json = result.GetValue(format) == "jsonl";
            var printed = 0;
            foreach (var n in networks)
            {
                if (!StreamNames.IsValidNetwork(n)) throw new CliException("--network", "must be a lowercase slug");
                var events = result.GetValue(stream) is { } s
                    ? eventStore.ReadStreamAsync(n, s, 1, cancellationToken).Where(e => e.Position > result.GetValue(after))
                    : eventStore.ReadLogAsync(n, result.GetValue(after), cancellationToken);
                await foreach (var e in events)
                {
                    if (types is not null && !types.Contains(e.Type)) continue;
                    if (printed++ >= max) return 0;
                    await context.Output.WriteLineAsync(json ? AsJsonLine(e) : AsText(e));
                }
            }
            if (!json) await context.Error.WriteLineAsync($"events: {Math.Min(printed, max)} event(s)");
            return 0;
        }));
        return command;
    }

    private static string AsText(StoredEvent e) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{e.Network} #{e.Position,-6} {e.OccurredOn:yyyy-MM-dd} {e.Type,-32} {e.Stream}@{e.StreamVersion}  {Shorten(e.Data, 100)}");

    private static string AsJsonLine(StoredEvent e) => JsonSerializer.Serialize(new
    {
        network = e.Network,
        stream = e.Stream,
        type = e.Type,
        schemaVersion = e.SchemaVersion,
        occurredOn = e.OccurredOn.ToString("O", CultureInfo.InvariantCulture),
        eventId = e.EventId,
        actor = e.Metadata.Actor,
        correlationId = e.Metadata.CorrelationId,
        causationId = e.Metadata.CausationId,
        data = JsonDocument.Parse(e.Data).RootElement,
    }, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
