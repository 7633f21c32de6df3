using System.CommandLine;
using Observatory.Domain.Evaluations;
using Observatory.Domain.EventStore;
using Observatory.Projections.Evaluations;

namespace Observatory.Host.Cli;

/// <summary>
/// <c>observatory verify</c>: recomputes each evaluation published in a cycle from the log up to its position and
/// compares hashes; then lists the later-recorded events that restate it. Exits 1 when a hash does not match.
/// </summary>
public static class VerifyVerb
{
    private const int PathsShown = 8;

    public static Command Create(VerbContext context)
    {
        var network = new Option<string?>("--network") { Description = "The network (default: the only one in the store)" };
        var cycle = new Option<string?>("--cycle") { Description = "The cycle stream (default: the latest leadership term's)" };
        var command = new Command("verify", "Recompute published evaluations from the log and list what restates them")
        {
            Options = { network, cycle },
        };
        command.SetAction((result, cancellationToken) => context.GuardAsync("verify", async () =>
        {
            await using var store = (IAsyncDisposable)context.Settings(result).Open();
            var events = (IEventStore)store;
            var id = await VerbNetwork.PickAsync(events, result.GetValue(network), cancellationToken);
            var log = await VerbNetwork.LoadAsync(events, id, context.Error, "verify", cancellationToken);
            var selected = VerbNetwork.Resolve(log, VerbNetwork.Selector(result.GetValue(cycle), null));
            var published = log.Where(e => e.Stream == selected.Stream && e.Event is EvaluationPublished).ToList();
            if (published.Count == 0)
                throw new CliException("--cycle", $"no evaluation has been published in '{selected.Stream}'");

            var allMatch = true;
            foreach (var publication in published)
            {
                var p = (EvaluationPublished)publication.Event;
                var check = EvaluationVerifier.Verify(id, log, selected, p.UpToPosition, p.ContentHash);
                allMatch &= check.Matches;
                await context.Output.WriteLineAsync(check.Matches
                    ? $"{selected.Stream}: the evaluation published on {p.PublishedOn:yyyy-MM-dd} (#{publication.Position}) up to position {p.UpToPosition} matches: sha256 {p.ContentHash}"
                    : $"{selected.Stream}: the evaluation published on {p.PublishedOn:yyyy-MM-dd} (#{publication.Position}) up to position {p.UpToPosition} DOES NOT MATCH: published sha256 {p.ContentHash}, the log gives {check.RecomputedHash}");
                if (!check.Restated)
                {
                    await context.Output.WriteLineAsync($"  not restated: the whole log (up to position {check.Head}) gives the same evaluation");
                    continue;
                }
                await context.Output.WriteLineAsync($"  restated by {check.Restatements.Count} later-recorded event(s); the whole log (up to position {check.Head}) gives sha256 {check.CurrentHash}:");
                foreach (var r in check.Restatements)
                {
                    await context.Output.WriteLineAsync($"  #{r.Position} {r.Type} {r.Stream} {r.EventId}");
                    foreach (var change in r.Changes.Take(PathsShown))
                        await context.Output.WriteLineAsync($"      {change.Kind.ToString().ToLowerInvariant()} {change.Path}");
                    if (r.Changes.Count > PathsShown)
                        await context.Output.WriteLineAsync($"      … and {r.Changes.Count - PathsShown} more path(s)");
                }
            }
            return allMatch ? 0 : 1;
        }));
        return command;
    }
}
