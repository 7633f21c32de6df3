using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Observatory.Domain.EventStore;
using Observatory.Host.Contracts;
using Observatory.Host.Log;

namespace Observatory.Host.Cli;

/// <summary>
/// <c>observatory export</c>: a network's log as JSON Lines (the import format: ids, metadata and data, so it imports
/// again into an empty store) or as flat CSV with a header (one column per data field). Feedback free text, contact
/// details and helpline case notes are withheld in both, as on the bus: an export is a copy that leaves the observatory.
/// </summary>
public static class ExportVerb
{
    public static Command Create(VerbContext context)
    {
        var network = new Option<string?>("--network") { Description = "The network (default: the only one in the store)" };
        var format = new Option<string>("--format") { Description = "jsonl (default, re-importable) or csv", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Export a network's log as JSON Lines or CSV, without personal fields") { Options = { network, format, output } };
        command.SetAction((result, cancellationToken) => context.GuardAsync("export", async () =>
        {
            await using var store = (IAsyncDisposable)context.Settings(result).Open();
            var events = (IEventStore)store;
            var id = await VerbNetwork.PickAsync(events, result.GetValue(network), cancellationToken);
            if (await events.ReadHeadAsync(id, cancellationToken) == 0)
                throw new CliException("--network", $"'{id}' has no events");
            var file = result.GetValue(output);
            await using var writer = file is null ? null : new StreamWriter(file.FullName);
            var target = writer ?? context.Output;
            var count = result.GetValue(format) == "csv"
                ? await ExportCsv.WriteAsync(events, id, target, cancellationToken)
                : await WriteJsonLinesAsync(events, id, target, cancellationToken);
            await context.Error.WriteLineAsync($"export: {count} event(s) of '{id}'{(file is null ? "" : $" to {file.FullName}")}");
            return 0;
        }));
        return command;
    }

    private static async Task<int> WriteJsonLinesAsync(IEventStore store, string network, TextWriter output, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var e in store.ReadLogAsync(network, 0, cancellationToken))
        {
            var line = new JsonObject
            {
                ["network"] = e.Network,
                ["stream"] = e.Stream,
                ["type"] = e.Type,
                ["schemaVersion"] = e.SchemaVersion,
                ["occurredOn"] = e.OccurredOn.ToString("O", CultureInfo.InvariantCulture),
                ["eventId"] = e.EventId.ToString(),
                ["actor"] = e.Metadata.Actor,
                ["correlationId"] = e.Metadata.CorrelationId.ToString(),
                ["data"] = PublicData(e),
            };
            if (e.Metadata.CausationId is { } causation)
                line["causationId"] = causation.ToString();
            await output.WriteLineAsync(line.ToJsonString());
            count++;
        }
        return count;
    }

    /// <summary>The stored data without withheld fields, as stored (schema version kept, so it imports as it is).</summary>
    internal static JsonObject PublicData(StoredEvent e)
    {
        var data = JsonNode.Parse(e.Data) as JsonObject ?? throw new JsonException($"Event {e.EventId} has no data object.");
        WithheldFields.Strip(e.Type, StreamNames.Kind(e.Stream), data);
        return data;
    }
}
