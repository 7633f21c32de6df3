using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Observatory.Domain.EventStore;
using Observatory.Host.Log;

namespace Observatory.Host.Cli;

/// <summary>
/// Flat CSV: the envelope's columns, then one column per data field path ("data.dates.start") across every event of
/// the network. Lists of plain values are joined with "|"; lists of objects stay JSON. Two passes over the log: the
/// first finds the columns, the second writes, so memory stays flat whatever the log's size.
/// </summary>
internal static class ExportCsv
{
    private static readonly string[] Envelope =
        ["position", "stream", "streamVersion", "type", "schemaVersion", "eventId", "occurredOn", "recordedAt"];

    public static async Task<int> WriteAsync(IEventStore store, string network, TextWriter output, CancellationToken cancellationToken)
    {
        var columns = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var e in store.ReadLogAsync(network, 0, cancellationToken))
            foreach (var (path, _) in Flatten("data", ExportVerb.PublicData(e)))
                columns.Add(path);

        await output.WriteLineAsync(string.Join(',', Envelope.Concat(columns).Select(Quote)));
        var count = 0;
        await foreach (var e in store.ReadLogAsync(network, 0, cancellationToken))
        {
            var values = Flatten("data", ExportVerb.PublicData(e)).ToDictionary(v => v.Path, v => v.Value, StringComparer.Ordinal);
            var row = new[]
            {
                N(e.Position), e.Stream, N(e.StreamVersion), e.Type, N(e.SchemaVersion), e.EventId.ToString(),
                e.OccurredOn.ToString("O", CultureInfo.InvariantCulture), e.RecordedAt.ToString("O", CultureInfo.InvariantCulture),
            }.Concat(columns.Select(c => values.GetValueOrDefault(c) ?? ""));
            await output.WriteLineAsync(string.Join(',', row.Select(Quote)));
            count++;
        }
        return count;
    }

    private static IEnumerable<(string Path, string Value)> Flatten(string path, JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Flatten($"{path}.{p.Key}", p.Value)),
        JsonArray a when a.All(i => i is JsonValue) => [(path, string.Join('|', a.Select(i => Scalar(i))))],
        JsonArray a => [(path, a.ToJsonString())],
        null => [],
        _ => [(path, Scalar(node))],
    };

    private static string Scalar(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node?.ToJsonString() ?? "";

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : new StringBuilder("\"").Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
}
