using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Observatory.Domain.EventStore;
using Observatory.Domain.Recording;
using Observatory.Host.Cli;
using Observatory.Host.Dashboard;
using Observatory.Host.Log;
using Observatory.Host.Projections;
using Observatory.Projections;
using Observatory.Projections.Evaluations;
using Observatory.Projections.Replay;

namespace Observatory.Host.Api;

/// <summary>A projection's view at one moment; <see cref="Position"/> is the last event it reflects.</summary>
public sealed record ViewDocument(string Network, string Projection, string Moment, long Position, long Head, JsonNode View);

public sealed record ViewDiff(string Network, string Projection, string From, string To, IReadOnlyList<StateChange> Changes);

public sealed record ProjectionInfo(string Name, int Version);

/// <summary>
/// Queries. A live view reads the read model the daemon keeps (cheap at any log size); a view as of a moment, and a
/// diff, fold the log in memory with the same projection code, which is what an analyst's question costs.
/// </summary>
public static class ViewEndpoints
{
    public static RouteGroupBuilder MapViews(this RouteGroupBuilder network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var group = network.MapGroup("/views").WithTags("Views");
        group.MapGet("/", () => TypedResults.Ok(ProjectionCatalog.All.Select(p => new ProjectionInfo(p.Name, p.Version)).ToList()))
            .WithName("list-projections");
        group.MapGet("/{projection}", ViewAsync).WithName("read-view")
            .WithDescription("Live by default; as of a moment with one of ?at=<position>, ?known-at=<instant>, ?happened-by=<date>.");
        group.MapGet("/{projection}/diff", DiffAsync).WithName("diff-view")
            .WithDescription("from and to: now, at:P, known-at:ISO-8601 or happened-by:yyyy-MM-dd.");
        return group;
    }

    public static async Task<Results<Ok<ViewDocument>, ProblemHttpResult>> ViewAsync(string network, string projection, HttpContext http,
        IEventStore store, ReadModelReader readModels, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (ProjectionCatalog.Find(projection) is not { } chosen)
            return UnknownProjection(projection);
        var head = await store.ReadHeadAsync(network, cancellationToken);
        if (head == 0)
            return ApiProblems.NotFound("network", $"'{network}' has no events");
        var (asOf, _, parameter, rule) = MomentQuery.Parse(http.Request.Query, head, clock.GetUtcNow());
        if (parameter is not null)
            return ApiProblems.Malformed(parameter, rule!);
        if (asOf is AsOf.Latest)
        {
            var live = await readModels.GetLiveStateAsync(network, chosen, cancellationToken);
            if (live is null)
                return ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, "Read model not ready", "projection",
                    "has not caught up with this network yet; retry shortly", "read-model-not-ready");
            var state = live.State;
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            http.Response.Headers.ETag = CommandHeaders.ETag(live.Position);
            return TypedResults.Ok(new ViewDocument(network, chosen.Name, "now", live.Position, head,
                CanonicalJson.ToNode(ReplayViews.Of(chosen, state, today))));
        }
        var log = await LoadAsync(store, network, cancellationToken);
        var (view, position) = ViewAt(chosen, log, asOf);
        return TypedResults.Ok(new ViewDocument(network, chosen.Name, Moments.Describe(asOf), position, head, view));
    }

    public static async Task<Results<Ok<ViewDiff>, ProblemHttpResult>> DiffAsync(string network, string projection, string? from, string? to,
        IEventStore store, CancellationToken cancellationToken)
    {
        if (ProjectionCatalog.Find(projection) is not { } chosen)
            return UnknownProjection(projection);
        var head = await store.ReadHeadAsync(network, cancellationToken);
        if (head == 0)
            return ApiProblems.NotFound("network", $"'{network}' has no events");
        var (first, fromRule) = Moments.Parse(from, head);
        if (first is null)
            return ApiProblems.Malformed("from", fromRule!);
        var (second, toRule) = Moments.Parse(to ?? "now", head);
        if (second is null)
            return ApiProblems.Malformed("to", toRule!);
        var log = await LoadAsync(store, network, cancellationToken);
        var changes = StateDiff.Between(ViewAt(chosen, log, first).View, ViewAt(chosen, log, second).View);
        return TypedResults.Ok(new ViewDiff(network, chosen.Name, Moments.Describe(first), Moments.Describe(second), changes));
    }

    internal static async Task<List<RecordedEvent>> LoadAsync(IEventStore store, string network, CancellationToken cancellationToken)
    {
        var events = new List<RecordedEvent>();
        await foreach (var recorded in store.ReadRecordedLogAsync(network, 0, cancellationToken))
            events.Add(recorded);
        return events;
    }

    private static (JsonNode View, long Position) ViewAt(IProjection projection, IReadOnlyList<RecordedEvent> log, AsOf asOf)
    {
        var selected = Replays.Select(log, asOf).ToList();
        var state = Replays.Run(projection, selected, AsOf.Now);
        var position = selected.Count == 0 ? 0 : selected.Max(e => e.Position);
        return (CanonicalJson.ToNode(ReplayViews.Of(projection, state, Moments.DayOf(asOf, selected))), position);
    }

    private static ProblemHttpResult UnknownProjection(string projection) =>
        ApiProblems.NotFound("projection", $"'{projection}' is not one of: {string.Join(", ", ProjectionCatalog.All.Select(p => p.Name))}");
}
