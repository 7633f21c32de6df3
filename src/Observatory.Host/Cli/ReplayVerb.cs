using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Observatory.Domain.EventStore;
using RecordedEvent = Observatory.Domain.Recording.RecordedEvent;
using Observatory.Projections;
using Observatory.Projections.Evaluations;
using Observatory.Projections.Replay;

namespace Observatory.Host.Cli;

/// <summary>
/// <c>observatory replay</c>: a projection as of a moment, computed in memory by the daemon's own code, printed as its
/// view; with <c>--diff</c>, the differences between that moment and a second one.
/// </summary>
public static class ReplayVerb
{
    public static Command Create(VerbContext context)
    {
        var projection = new Option<string>("--projection") { Description = $"One of: {string.Join(", ", ProjectionCatalog.All.Select(p => p.Name))}", Required = true };
        var network = new Option<string?>("--network") { Description = "The network (default: the only one in the store)" };
        var at = new Option<long?>("--at-position") { Description = "As of this global position" };
        var knownAt = new Option<DateTimeOffset?>("--known-at") { Description = "What was known then: events recorded by this instant (ISO 8601)" };
        var happenedBy = new Option<DateOnly?>("--happened-by") { Description = "What had happened by this business day (yyyy-MM-dd), as now known" };
        var diff = new Option<string?>("--diff") { Description = "Compare with a second moment: now | position:P | known-at:ISO | happened-by:DATE" };
        var format = new Option<string>("--format") { Description = "text (default) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("replay", "Compute a projection as of a moment, or list what changed between two moments")
        {
            Options = { projection, network, at, knownAt, happenedBy, diff, format },
        };
        command.SetAction((result, cancellationToken) => context.GuardAsync("replay", async () =>
        {
            var chosen = ProjectionCatalog.Find(result.GetValue(projection)!)
                ?? throw new CliException("--projection", $"must be one of: {string.Join(", ", ProjectionCatalog.All.Select(p => p.Name))}");
            var first = Moment(result.GetValue(at), result.GetValue(knownAt), result.GetValue(happenedBy));
            await using var store = (IAsyncDisposable)context.Settings(result).Open();
            var events = (IEventStore)store;
            var id = await VerbNetwork.PickAsync(events, result.GetValue(network), cancellationToken);
            var log = await VerbNetwork.LoadAsync(events, id, context.Error, "replay", cancellationToken);
            var json = result.GetValue(format) == "json";
            var view = ViewAt(chosen, log, first);
            if (result.GetValue(diff) is not { } second)
            {
                await context.Output.WriteLineAsync(json ? view.ToJsonString(Indented) : string.Join('\n', Flatten("$", view)));
                return 0;
            }
            var changes = StateDiff.Between(view, ViewAt(chosen, log, ParseMoment(second)));
            await context.Output.WriteLineAsync(json
                ? JsonSerializer.Serialize(changes, Indented)
                : changes.Count == 0 ? "no differences"
                : string.Join('\n', changes.Select(c => $"{c.Kind.ToString().ToLowerInvariant()} {c.Path}: {c.Before ?? "—"} → {c.After ?? "—"}")));
            await context.Error.WriteLineAsync($"replay: {changes.Count} difference(s)");
            return 0;
        }));
        return command;
    }

    private static readonly JsonSerializerOptions Indented = new(ProjectionJson.Options) { WriteIndented = true };

    private static AsOf Moment(long? position, DateTimeOffset? knownAt, DateOnly? happenedBy) =>
        (position, knownAt, happenedBy) switch
        {
            ({ } p, null, null) => new AsOf.AtPosition(p),
            (null, { } k, null) => new AsOf.KnownAt(k),
            (null, null, { } h) => new AsOf.HappenedBy(h),
            (null, null, null) => AsOf.Now,
            _ => throw new CliException("--at-position", "give at most one of --at-position, --known-at and --happened-by"),
        };

    private static AsOf ParseMoment(string text)
    {
        var (kind, value) = text.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? (text[..colon], text[(colon + 1)..]) : (text, "");
        return kind switch
        {
            "now" => AsOf.Now,
            "position" when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var p) => new AsOf.AtPosition(p),
            "known-at" when DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var k) => new AsOf.KnownAt(k),
            "happened-by" when DateOnly.TryParseExact(value, "yyyy-MM-dd", out var h) => new AsOf.HappenedBy(h),
            _ => throw new CliException("--diff", "must be now, position:P, known-at:ISO-8601 or happened-by:yyyy-MM-dd"),
        };
    }

    /// <summary>The projection's view as of the moment, as JSON: what a dashboard would show then.</summary>
    private static JsonNode ViewAt(IProjection projection, IReadOnlyList<RecordedEvent> log, AsOf asOf)
    {
        var selected = Replays.Select(log, asOf).ToList();
        var state = Replays.Run(projection, selected, AsOf.Now);
        // A view is cut at a business day: the one asked for, else the latest day the replayed facts carry.
        var day = asOf is AsOf.HappenedBy by ? by.BusinessDate
            : selected.Count == 0 ? DateOnly.MinValue : DateOnly.FromDateTime(selected.Max(e => e.OccurredOn).UtcDateTime);
        return CanonicalJson.ToNode(ReplayViews.Of(projection, state, day));
    }

    private static IEnumerable<string> Flatten(string path, JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Flatten($"{path}.{p.Key}", p.Value)),
        JsonArray a => a.SelectMany((item, i) => Flatten($"{path}[{i}]", item)),
        null => [$"{path} = null"],
        _ => [$"{path} = {node.ToJsonString(Indented).Trim('"')}"],
    };
}
