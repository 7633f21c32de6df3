using System.CommandLine;
using System.Globalization;
using Observatory.Domain.EventStore;
using Observatory.Host.Localization;
using Observatory.Projections.Evaluations;
using Observatory.Projections.Replay;

namespace Observatory.Host.Cli;

/// <summary><c>observatory evaluate</c>: a cycle's evaluation from the log up to a position, as canonical JSON, Markdown or HTML.</summary>
public static class EvaluateVerb
{
    public static Command Create(VerbContext context)
    {
        var network = new Option<string?>("--network") { Description = "The network (default: the only one in the store)" };
        var cycle = new Option<string?>("--cycle") { Description = "A cycle stream, e.g. cycle-bytow-municipality-2020-09 (default: the latest leadership term)" };
        var termStart = new Option<DateOnly?>("--term-start") { Description = "The leadership term that started on this day (yyyy-MM-dd)" };
        var at = new Option<long?>("--at-position") { Description = "Evaluate the log up to this position (default: its head)" };
        var format = new Option<string>("--format") { Description = "json (canonical, hashed), md or html", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "md", "html");
        var language = new Option<string>("--language") { Description = "The language of md and html: en, pl, de, sv or lt (json has none)", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong([.. Language.All.Select(l => l.Code)]);
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output" };
        var publish = new Option<bool>("--publish") { Description = "Append evaluation-published (position and SHA-256) to the cycle's stream" };
        var command = new Command("evaluate", "Evaluate a cycle (by default the latest leadership term) from the log up to a position")
        {
            Options = { network, cycle, termStart, at, format, language, output, publish },
        };
        command.SetAction((result, cancellationToken) => context.GuardAsync("evaluate", async () =>
        {
            await using var store = (IAsyncDisposable)context.Settings(result).Open();
            var events = (IEventStore)store;
            var id = await VerbNetwork.PickAsync(events, result.GetValue(network), cancellationToken);
            var log = await VerbNetwork.LoadAsync(events, id, context.Error, "evaluate", cancellationToken);
            var head = log[^1].Position;
            var position = result.GetValue(at) ?? head;
            if (position < 1 || position > head)
                throw new CliException("--at-position", $"must be between 1 and the log's head ({head})");
            var selected = VerbNetwork.Resolve(log, VerbNetwork.Selector(result.GetValue(cycle), result.GetValue(termStart)));
            var document = EvaluationBuilder.Build(id, [.. Replays.Select(log, new AsOf.AtPosition(position))], selected, position);
            var canonical = CanonicalJson.Serialize(document);
            var hash = CanonicalJson.Hash(canonical);
            var wording = EvaluationWordings.For(Language.Find(result.GetValue(language)) ?? Language.English);
            var text = result.GetValue(format) switch
            {
                "md" => EvaluationReport.Markdown(document, wording),
                "html" => EvaluationReport.Html(document, wording),
                _ => canonical,
            };
            if (result.GetValue(output) is { } file)
                await File.WriteAllTextAsync(file.FullName, text, cancellationToken);
            else
                await context.Output.WriteAsync(text);
            await context.Error.WriteLineAsync($"evaluate: {selected.Stream} ({selected.From:yyyy-MM-dd} to {selected.To:yyyy-MM-dd}) up to position {position}, sha256 {hash}");
            if (result.GetValue(publish))
            {
                var appended = await PublishEvaluationVerb.PublishAsync(events, id, log, selected, position, hash, context.Clock.GetUtcNow(), cancellationToken);
                await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"evaluate: published in {selected.Stream} at position {appended.LastPosition}; check it with: observatory verify --network {id} --cycle {selected.Stream}"));
            }
            return 0;
        }));
        return command;
    }
}
